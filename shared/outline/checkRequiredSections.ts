import type { Report, Section } from '../schema/Report.ts';
import type { ReportTemplate } from '../templates/ReportTemplate.ts';
import type { Finding } from './Finding.ts';
import { matchSectionSpec } from './matchSectionSpec.ts';
import { RULE_ID } from './RuleId.ts';

interface Placed {
  section: Section;
  position: number;
  requiredIndex: number;
}

/** Indices (into `items`) of a longest run whose requiredIndex increases: the ones in order. */
function inOrder(items: readonly Placed[]): Set<number> {
  const length = items.map(() => 1);
  const previous = items.map(() => -1);
  for (let i = 0; i < items.length; i += 1) {
    for (let j = 0; j < i; j += 1) {
      if (items[j]!.requiredIndex < items[i]!.requiredIndex && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        previous[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  let at = length.indexOf(Math.max(0, ...length));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/** Where a section with this required index belongs: after which top-level section (null: first). */
function insertionPoint(
  requiredIndex: number,
  ordered: readonly Placed[],
  sections: readonly Section[],
): string | null {
  const next = ordered.find((placed) => placed.requiredIndex > requiredIndex);
  if (next) return next.position > 0 ? sections[next.position - 1]!.id : null;
  const before = ordered.filter((placed) => placed.requiredIndex < requiredIndex).at(-1);
  return before?.section.id ?? sections.at(-1)?.id ?? null;
}

/**
 * Level-1 sections against the template: each required section present, once, in order;
 * sections the template does not know are reported as warnings.
 */
export function checkRequiredSections(report: Report, template: ReportTemplate): Finding[] {
  const findings: Finding[] = [];
  const sections = report.sections;
  const seen = new Map<string, Section>();
  const firsts: Placed[] = [];
  sections.forEach((section, position) => {
    if (section.level !== 1) return;
    const match = matchSectionSpec(section.heading, template);
    if (!match) {
      findings.push({
        rule: RULE_ID.sectionsUnexpected,
        severity: 'warning',
        sectionId: section.id,
        field: 'heading',
        range: null,
        message: {
          zh: `“${section.heading}”不是“${template.name.zh}”的规定部分`,
          en: `"${section.heading}" is not a part of a ${template.name.en.toLowerCase()}`,
        },
      });
      return;
    }
    const first = seen.get(match.spec.id);
    if (first) {
      findings.push({
        rule: RULE_ID.sectionsDuplicate,
        severity: 'error',
        sectionId: section.id,
        field: 'heading',
        range: null,
        message: {
          zh: `“${match.spec.title}”部分重复出现（已有“${first.heading}”）`,
          en: `The "${match.spec.title}" part appears twice (already "${first.heading}")`,
        },
      });
      return;
    }
    seen.set(match.spec.id, section);
    if (match.requiredIndex >= 0)
      firsts.push({ section, position, requiredIndex: match.requiredIndex });
  });

  const kept = inOrder(firsts);
  const ordered = firsts.filter((_, index) => kept.has(index));
  firsts.forEach((placed, index) => {
    if (kept.has(index)) return;
    const spec = template.requiredSections[placed.requiredIndex]!;
    const afterSectionId = insertionPoint(placed.requiredIndex, ordered, sections);
    findings.push({
      rule: RULE_ID.sectionsOrder,
      severity: 'error',
      sectionId: placed.section.id,
      field: 'heading',
      range: null,
      message: {
        zh: `“${spec.title}”部分位置不对，应按${template.requiredSections.map((item) => `“${item.title}”`).join('、')}的顺序排列`,
        en: `The "${spec.title}" part is out of order; the order is ${template.requiredSections.map((item) => item.title).join(', ')}`,
      },
      fix: {
        kind: 'moveSection',
        sectionId: placed.section.id,
        afterSectionId,
        label: { zh: '移到正确位置', en: 'Move into place' },
      },
    });
  });

  template.requiredSections.forEach((spec, requiredIndex) => {
    if (seen.has(spec.id)) return;
    findings.push({
      rule: RULE_ID.sectionsMissing,
      severity: 'error',
      sectionId: null,
      range: null,
      message: {
        zh: `缺少“${spec.title}”部分`,
        en: `The "${spec.title}" part is missing`,
      },
      fix: {
        kind: 'addSection',
        title: spec.title,
        level: 1,
        afterSectionId: insertionPoint(requiredIndex, ordered, sections),
        label: { zh: `添加“${spec.title}”`, en: `Add "${spec.title}"` },
      },
    });
  });
  return findings;
}

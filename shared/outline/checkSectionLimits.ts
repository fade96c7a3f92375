import type { Report, Section } from '../schema/Report.ts';
import type { ReportTemplate } from '../templates/ReportTemplate.ts';
import { countCharacters } from './countCharacters.ts';
import type { Finding } from './Finding.ts';
import { matchSectionSpec } from './matchSectionSpec.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { RULE_ID } from './RuleId.ts';

interface Range {
  min?: number | undefined;
  max?: number | undefined;
}

function outside(value: number, range: Range | undefined): 'below' | 'above' | null {
  if (range?.min !== undefined && value < range.min) return 'below';
  if (range?.max !== undefined && value > range.max) return 'above';
  return null;
}

function checkEmpty(sections: readonly Section[], findings: Finding[]): void {
  for (const section of sections) {
    const hasText = paragraphsOf(section.body).some((text) => text.trim());
    if (!hasText && section.children.length === 0) {
      findings.push({
        rule: RULE_ID.sectionEmpty,
        severity: 'warning',
        sectionId: section.id,
        range: null,
        message: {
          zh: `“${section.heading || '（无标题）'}”下没有内容`,
          en: `"${section.heading || '(untitled)'}" has no content`,
        },
      });
    }
    checkEmpty(section.children, findings);
  }
}

function checkSpecLimits(
  section: Section,
  characters: number,
  template: ReportTemplate,
  findings: Finding[],
): void {
  const spec = matchSectionSpec(section.heading, template)?.spec;
  if (!spec) return;
  const subsections = section.children.length;
  const subsectionProblem = outside(subsections, spec.subsections);
  if (subsectionProblem) {
    const limit = subsectionProblem === 'below' ? spec.subsections?.min : spec.subsections?.max;
    findings.push({
      rule: RULE_ID.sectionSubsectionCount,
      severity: 'warning',
      sectionId: section.id,
      range: null,
      message:
        subsectionProblem === 'below'
          ? {
              zh: `“${spec.title}”部分有${subsections}个二级标题，至少应有${limit}个`,
              en: `"${spec.title}" has ${subsections} sub-sections; at least ${limit} are expected`,
            }
          : {
              zh: `“${spec.title}”部分有${subsections}个二级标题，最多${limit}个`,
              en: `"${spec.title}" has ${subsections} sub-sections; at most ${limit} are expected`,
            },
    });
  }
  const lengthProblem = outside(characters, spec.characters);
  if (lengthProblem) {
    const limit = lengthProblem === 'below' ? spec.characters?.min : spec.characters?.max;
    findings.push({
      rule: RULE_ID.sectionLength,
      severity: 'warning',
      sectionId: section.id,
      range: null,
      message:
        lengthProblem === 'below'
          ? {
              zh: `“${spec.title}”部分仅${characters}字，不少于${limit}字为宜`,
              en: `"${spec.title}" has ${characters} characters; at least ${limit} are expected`,
            }
          : {
              zh: `“${spec.title}”部分${characters}字，超过${limit}字的上限`,
              en: `"${spec.title}" has ${characters} characters, over the limit of ${limit}`,
            },
    });
  }
}

/** Empty sections, sub-section counts and lengths per section, and the length of the whole report. */
export function checkSectionLimits(report: Report, template: ReportTemplate): Finding[] {
  const findings: Finding[] = [];
  checkEmpty(report.sections, findings);
  let total = countCharacters(report.lead);
  for (const section of report.sections) {
    const characters = countCharacters(section);
    total += characters;
    if (section.level === 1) checkSpecLimits(section, characters, template, findings);
  }
  const totalProblem = outside(total, template.characters);
  if (totalProblem) {
    const limit = totalProblem === 'below' ? template.characters?.min : template.characters?.max;
    findings.push({
      rule: RULE_ID.reportLength,
      severity: 'warning',
      sectionId: null,
      range: null,
      message:
        totalProblem === 'below'
          ? {
              zh: `全文仅${total}字，${template.name.zh}一般不少于${limit}字`,
              en: `The report has ${total} characters; at least ${limit} are expected`,
            }
          : {
              zh: `全文${total}字，超过${template.name.zh}${limit}字的上限`,
              en: `The report has ${total} characters, over the limit of ${limit}`,
            },
    });
  }
  return findings;
}

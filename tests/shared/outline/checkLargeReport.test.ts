import { describe, expect, it } from 'vitest';
import {
  buildLargeReport,
  CHARACTERS_PER_PAGE,
  reportCharacters,
} from '../../../bench/buildLargeReport.ts';
import { checkReport } from '../../../shared/outline/checkReport.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';
import type { Report, Section } from '../../../shared/schema/Report.ts';
import { getTemplate } from '../../../shared/templates/getTemplate.ts';

// Speed is measured by `npm run bench` (scenario outline-check), never asserted here.

function sectionsById(sections: readonly Section[], into = new Map<string, Section>()) {
  for (const section of sections) {
    into.set(section.id, section);
    sectionsById(section.children, into);
  }
  return into;
}

function textOf(report: Report, finding: Finding, sections: Map<string, Section>): string | null {
  const section = finding.sectionId === null ? null : sections.get(finding.sectionId);
  if (finding.field === 'title') return report.title;
  if (finding.field === 'heading') return section?.heading ?? null;
  if (finding.field === 'body') {
    const blocks = section ? section.body : report.lead;
    return paragraphsOf(blocks)[finding.blockIndex ?? -1] ?? null;
  }
  return null;
}

describe('checkReport on a 50-page report', () => {
  const report = buildLargeReport(50);
  const findings = checkReport(report, getTemplate('annual-work-report')!);
  const sections = sectionsById(report.sections);

  it('is at least 50 printed pages long', () => {
    expect(reportCharacters(report)).toBeGreaterThanOrEqual(50 * CHARACTERS_PER_PAGE);
  });

  it('finds the same proofreading issues in every repeated copy of a sub-section', () => {
    const signatures = new Map<string, Set<string>>();
    for (const child of report.sections[0]!.children) {
      const ids = new Set(sectionsById([child]).keys());
      const signature = findings
        .filter((finding) => finding.sectionId !== null && ids.has(finding.sectionId))
        .map((finding) => {
          const heading = sections.get(finding.sectionId!)!.heading;
          return `${finding.rule} ${heading} ${finding.field} ${finding.blockIndex} ${finding.range?.start}`;
        })
        .join('\n');
      const group = signatures.get(child.heading) ?? new Set<string>();
      group.add(signature);
      signatures.set(child.heading, group);
    }
    expect(report.sections[0]!.children.length).toBeGreaterThan(40);
    expect(signatures.size).toBe(4);
    for (const group of signatures.values()) expect(group.size).toBe(1);
    expect([...signatures.values()].some((group) => [...group][0]!.includes('proofread.'))).toBe(
      true,
    );
  });

  it('locates every finding in a text that holds its fix’s original', () => {
    expect(findings.length).toBeGreaterThan(100);
    for (const finding of findings) {
      if (finding.sectionId !== null) expect(sections.has(finding.sectionId)).toBe(true);
      if (finding.fix?.kind !== 'replaceText' || !finding.range) continue;
      const text = textOf(report, finding, sections);
      expect(text?.slice(finding.range.start, finding.range.end)).toBe(finding.fix.original);
    }
  });
});

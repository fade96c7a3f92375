import { readFileSync } from 'node:fs';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';
import type { SectionLevel } from '../../../shared/schema/nodeNames.ts';
import type { Report, Section } from '../../../shared/schema/Report.ts';

/** The sample report's text, as users write it. */
export const SAMPLE_TEXT = readFileSync(
  new URL('../../fixtures/2022-sizheng-report.txt', import.meta.url),
  'utf8',
);

/** The sample report, imported. */
export function sampleReport(): Report {
  return parseReportText(SAMPLE_TEXT).report;
}

let nextId = 0;

/** A section for tests: heading, body paragraphs, children; id and level are derived. */
export function section(
  heading: string,
  body: readonly string[] = [],
  children: readonly Section[] = [],
  options: { level?: SectionLevel; runIn?: boolean; id?: string } = {},
): Section {
  nextId += 1;
  return {
    id: options.id ?? `s${nextId}`,
    level: options.level ?? 1,
    runIn: options.runIn ?? false,
    heading,
    body: body.map((text) => ({ type: 'paragraph', text })),
    children: [...children],
  };
}

/** A report for tests. */
export function report(
  title: string,
  lead: readonly string[],
  sections: readonly Section[],
): Report {
  return {
    title,
    lead: lead.map((text) => ({ type: 'paragraph', text })),
    sections: [...sections],
  };
}

/** Finds a section by id anywhere in the tree. */
export function findSection(sections: readonly Section[], id: string): Section | null {
  for (const candidate of sections) {
    if (candidate.id === id) return candidate;
    const inner = findSection(candidate.children, id);
    if (inner) return inner;
  }
  return null;
}

/** The text a finding points into, resolved the way a client would. */
export function textOfFinding(target: Report, finding: Finding): string {
  if (finding.field === 'title') return target.title;
  const owner = finding.sectionId === null ? null : findSection(target.sections, finding.sectionId);
  if (finding.field === 'heading') return owner!.heading;
  if (finding.field === 'body') {
    return paragraphsOf(owner ? owner.body : target.lead)[finding.blockIndex!]!;
  }
  throw new Error(`finding ${finding.rule} points at no text`);
}

/** The characters a finding's range covers. */
export function markedText(target: Report, finding: Finding): string {
  return textOfFinding(target, finding).slice(finding.range!.start, finding.range!.end);
}

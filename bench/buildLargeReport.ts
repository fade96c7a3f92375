import { readFileSync } from 'node:fs';
import { parseReportText } from '../shared/import/parseReportText.ts';
import { countCharacters } from '../shared/outline/countCharacters.ts';
import { createSectionId } from '../shared/schema/createSectionId.ts';
import type { Report, Section } from '../shared/schema/Report.ts';
import { SAMPLE_PATH } from './loadSampleReport.ts';

/** A printed page of a GB/T 9704 document: 22 lines of 28 characters. */
export const CHARACTERS_PER_PAGE = 22 * 28;

function copySection(section: Section): Section {
  return {
    ...section,
    id: createSectionId(),
    body: structuredClone(section.body),
    children: section.children.map(copySection),
  };
}

/** Characters of the report as the template limits count them (title excluded). */
export function reportCharacters(report: Report): number {
  return (
    countCharacters(report.lead) +
    report.sections.reduce((sum, section) => sum + countCharacters(section), 0)
  );
}

/**
 * The sample report grown to `pages` printed pages by repeating the sub-sections of its first
 * part (typos and placeholders included, so the proofreading rules have work to do).
 */
export function buildLargeReport(pages = 50): Report {
  const { report } = parseReportText(readFileSync(SAMPLE_PATH, 'utf8'));
  const practices = report.sections[0]!;
  const originals = [...practices.children];
  const target = pages * CHARACTERS_PER_PAGE;
  for (let index = 0; reportCharacters(report) < target; index += 1) {
    practices.children.push(copySection(originals[index % originals.length]!));
  }
  return report;
}

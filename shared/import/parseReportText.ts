import { parseReportParagraphs, type ImportResult } from './parseReportParagraphs.ts';

/**
 * Imports pasted or uploaded plain text: one paragraph per line, blank lines ignored.
 * See {@link parseReportParagraphs} for how title, lead and sections are recognised.
 */
export function parseReportText(text: string): ImportResult {
  return parseReportParagraphs(text.split(/\r\n|\r|\n/));
}

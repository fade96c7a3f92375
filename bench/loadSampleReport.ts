import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReportText } from '../shared/import/parseReportText.ts';
import type { Report } from '../shared/schema/Report.ts';
import { ROOT } from './BenchServer.ts';

export const SAMPLE_PATH = path.join(ROOT, 'tests/fixtures/2022-sizheng-report.txt');

/**
 * The sample annual report (an office's real report on its ideological and political work),
 * imported the way the product imports pasted text.
 */
export function loadSampleReport(): Report {
  return parseReportText(readFileSync(SAMPLE_PATH, 'utf8')).report;
}

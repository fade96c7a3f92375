import { createHash } from 'node:crypto';
import { reportToText } from '../../shared/import/reportToText.ts';
import type { CheckContext } from '../../shared/outline/CheckContext.ts';
import { checkReport } from '../../shared/outline/checkReport.ts';
import { countCharacters } from '../../shared/outline/countCharacters.ts';
import type { Finding } from '../../shared/outline/Finding.ts';
import type { Report } from '../../shared/schema/Report.ts';
import type { ReportTemplate } from '../../shared/templates/ReportTemplate.ts';
import type { OutlineStatus } from '../../shared/versions/versionApi.ts';

export interface ContentDescription {
  findings: Finding[];
  outline: OutlineStatus;
  characters: number;
  /** SHA-256 of the whole structured content: equal exactly when the reports are. */
  contentHash: string;
  /** The plain text, which is what the `.txt` export holds byte for byte. */
  text: string;
  /** SHA-256 of `text`. */
  sha256: string;
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-256 of the whole structured content: equal exactly when the reports are. */
export function contentHashOf(report: Report): string {
  return sha256Of(JSON.stringify(report));
}

/** What a version records about its content: outline check, size in characters, hashes. */
export function describeContent(
  report: Report,
  template: ReportTemplate,
  context: CheckContext = {},
): ContentDescription {
  const findings = checkReport(report, template, context);
  let characters = countCharacters(report.title) + countCharacters(report.lead);
  for (const section of report.sections) characters += countCharacters(section);
  const text = reportToText(report);
  return {
    findings,
    outline: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    },
    characters,
    contentHash: contentHashOf(report),
    text,
    sha256: sha256Of(text),
  };
}

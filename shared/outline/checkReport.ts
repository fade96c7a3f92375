import type { Report } from '../schema/Report.ts';
import type { ReportTemplate } from '../templates/ReportTemplate.ts';
import type { CheckContext } from './CheckContext.ts';
import { checkCommentThreads } from './checkCommentThreads.ts';
import { checkEnumeration } from './checkEnumeration.ts';
import { checkFrontMatter } from './checkFrontMatter.ts';
import { checkHeadingLevels } from './checkHeadingLevels.ts';
import { checkRequiredSections } from './checkRequiredSections.ts';
import { checkSectionLimits } from './checkSectionLimits.ts';
import type { Finding } from './Finding.ts';
import { findingInText } from './findingInText.ts';
import { locatedTextsOf } from './locatedTextsOf.ts';
import { proofreadText } from './proofreadText.ts';

/**
 * Holds a report against its template and proofreads it. Pure and synchronous, so the client
 * runs it live and the server runs the same code to gate submission (any `error` blocks it).
 * Structural findings come first, then proofreading findings in document order.
 */
export function checkReport(
  report: Report,
  template: ReportTemplate,
  context: CheckContext = {},
): Finding[] {
  const findings: Finding[] = [
    ...checkFrontMatter(report, template),
    ...checkRequiredSections(report, template),
    ...checkSectionLimits(report, template),
    ...checkHeadingLevels(report),
    ...checkEnumeration(report),
    ...checkCommentThreads(template, context),
  ];
  for (const located of locatedTextsOf(report)) {
    for (const issue of proofreadText(located.text)) findings.push(findingInText(located, issue));
  }
  return findings;
}

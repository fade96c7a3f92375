import type { Finding } from './Finding.ts';
import type { LocatedText } from './locatedTextsOf.ts';
import type { TextIssue } from './TextIssue.ts';

/** Places an issue found in one text at that text's location in the report. */
export function findingInText(location: LocatedText, issue: TextIssue): Finding {
  const finding: Finding = {
    rule: issue.rule,
    severity: issue.severity,
    sectionId: location.sectionId,
    field: location.field,
    range: { start: issue.start, end: issue.end },
    message: issue.message,
  };
  if (location.blockIndex !== undefined) finding.blockIndex = location.blockIndex;
  if (issue.replacement !== undefined && issue.replacementLabel) {
    finding.fix = {
      kind: 'replaceText',
      original: location.text.slice(issue.start, issue.end),
      replacement: issue.replacement,
      label: issue.replacementLabel,
    };
  }
  return finding;
}

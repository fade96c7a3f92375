import type { LocalizedText } from '../templates/LocalizedText.ts';
import type { RuleId } from './RuleId.ts';
import type { Severity } from './Finding.ts';

/** A proofreading finding inside one text, before it is given its place in the report. */
export interface TextIssue {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  message: LocalizedText;
  /** The text that should replace [start, end), if the rule knows it. */
  replacement?: string;
  replacementLabel?: LocalizedText;
}

import { DOUBLED_WORDS } from './doubledWords.ts';
import { PhraseMatcher } from './PhraseMatcher.ts';
import { RULE_ID } from './RuleId.ts';
import type { TextIssue } from './TextIssue.ts';

const matcher = new PhraseMatcher<string>(
  DOUBLED_WORDS.map(({ word }) => [word + word, word] as const),
  DOUBLED_WORDS.flatMap(({ except }) => except ?? []),
);

/** A word written twice by mistake (的的, 进行进行), from the list in `doubledWords.ts`. */
export function findDoubledWords(text: string): TextIssue[] {
  return matcher.matches(text).map(({ start, end, phrase, value }) => ({
    rule: RULE_ID.repeatedWord,
    severity: 'warning',
    start,
    end,
    message: {
      zh: `“${phrase}”重复，应为“${value}”`,
      en: `"${value}" is written twice ("${phrase}")`,
    },
    replacement: value,
    replacementLabel: { zh: `改为“${value}”`, en: `Replace with "${value}"` },
  }));
}

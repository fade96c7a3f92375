import type { MisusedWord } from './MisusedWord.ts';
import { MISUSED_WORDS } from './misusedWords.ts';
import { PhraseMatcher } from './PhraseMatcher.ts';
import { RULE_ID } from './RuleId.ts';
import type { TextIssue } from './TextIssue.ts';

const matcher = new PhraseMatcher<MisusedWord>(
  MISUSED_WORDS.map((entry) => [entry.wrong, entry] as const),
  MISUSED_WORDS.flatMap((entry) => entry.except ?? []),
);

/** Words from the 常见错别字 dictionary (`misusedWords.ts`), matched in one pass. */
export function findMisusedWords(text: string): TextIssue[] {
  return matcher.matches(text).map(({ start, end, value }) => ({
    rule: RULE_ID.misusedWord,
    severity: 'warning',
    start,
    end,
    message: {
      zh: `“${value.wrong}”应为“${value.right}”`,
      en: `"${value.wrong}" is a common misspelling of "${value.right}"`,
    },
    replacement: value.right,
    replacementLabel: { zh: `改为“${value.right}”`, en: `Replace with "${value.right}"` },
  }));
}

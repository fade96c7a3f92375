import { RULE_ID } from './RuleId.ts';
import type { TextIssue } from './TextIssue.ts';

const TERM = '(?:二十|十)[一二三四五六七八九]?';
const PLENUM = new RegExp(`(${TERM})大([一二三四五六七八九])中全会`, 'g');
const CONGRESS_WITHOUT_DA = new RegExp(
  `党的(${TERM})(?=报告|精神|党章|以来|会议|代表|胜利|重要)`,
  'g',
);

/**
 * Misnamed Party congresses and plenums: a plenum belongs to a Central Committee term
 * (十九届六中全会, not 十九大六中全会), and a congress is 党的二十大, not 党的二十.
 */
export function findCongressNames(text: string): TextIssue[] {
  if (!text.includes('中全会') && !text.includes('党的')) return [];
  const issues: TextIssue[] = [];
  for (const match of text.matchAll(PLENUM)) {
    const replacement = `${match[1]}届${match[2]}中全会`;
    issues.push({
      rule: RULE_ID.congressName,
      severity: 'warning',
      start: match.index,
      end: match.index + match[0].length,
      message: {
        zh: `“${match[0]}”有误：全会按中央委员会届次称，应为“${replacement}”`,
        en: `"${match[0]}": a plenum is named by the Central Committee's term, "${replacement}"`,
      },
      replacement,
      replacementLabel: { zh: `改为“${replacement}”`, en: `Replace with "${replacement}"` },
    });
  }
  for (const match of text.matchAll(CONGRESS_WITHOUT_DA)) {
    const replacement = `党的${match[1]}大`;
    issues.push({
      rule: RULE_ID.congressName,
      severity: 'warning',
      start: match.index,
      end: match.index + match[0].length,
      message: {
        zh: `“${match[0]}”后缺“大”字，应为“${replacement}”`,
        en: `"${match[0]}" lacks 大: the congress is "${replacement}"`,
      },
      replacement,
      replacementLabel: { zh: `改为“${replacement}”`, en: `Replace with "${replacement}"` },
    });
  }
  return issues.sort((a, b) => a.start - b.start);
}

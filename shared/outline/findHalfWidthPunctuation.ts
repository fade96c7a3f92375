import { isChineseCharacter } from './isChineseCharacter.ts';
import { isChinesePunctuation } from './isChinesePunctuation.ts';
import { RULE_ID } from './RuleId.ts';
import type { TextIssue } from './TextIssue.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
  '<': '〈',
  '>': '〉',
};
const CANDIDATES = /[,;:?!().<>]/g;
const WEB_ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const HEADING_NUMERAL = /^[一二三四五六七八九十]+$/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const NOT_A_TITLE = /[0-9%℃=，。；！？：]/;

function isChineseContext(character: string | undefined): boolean {
  return isChineseCharacter(character) || isChinesePunctuation(character);
}

function webAddressSpans(text: string): Array<[number, number]> {
  if (!/[:@]|www\./.test(text)) return [];
  return [...text.matchAll(WEB_ADDRESS)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

/** Pairs `(` with `)` and `<` with `>`: index of each bracket → index of its partner. */
function pairBrackets(text: string): Map<number, number> {
  const partners = new Map<number, number>();
  const openParentheses: number[] = [];
  let openAngle = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character === '(') openParentheses.push(index);
    else if (character === ')' && openParentheses.length) {
      const open = openParentheses.pop()!;
      partners.set(open, index).set(index, open);
    } else if (character === '<') openAngle = index;
    else if (character === '>' && openAngle >= 0) {
      partners.set(openAngle, index).set(index, openAngle);
      openAngle = -1;
    }
  }
  return partners;
}

function bracketInChineseText(text: string, index: number, partner: number | undefined): boolean {
  if (partner === undefined) {
    return isChineseContext(text[index - 1]) || isChineseContext(text[index + 1]);
  }
  const open = Math.min(index, partner);
  const close = Math.max(index, partner);
  return (
    isChineseContext(text[open - 1]) ||
    isChineseContext(text[close + 1]) ||
    HAN.test(text.slice(open + 1, close))
  );
}

function isFlagged(text: string, index: number, partners: Map<number, number>): boolean {
  const character = text[index];
  switch (character) {
    case '.': {
      const next = text[index + 1];
      return (
        isChineseCharacter(text[index - 1]) &&
        (next === undefined || isChineseCharacter(next) || isChinesePunctuation(next))
      );
    }
    case '(':
    case ')':
      return bracketInChineseText(text, index, partners.get(index));
    case '<':
    case '>': {
      // Only a pair around a name is a nested title mark; otherwise < and > compare.
      const partner = partners.get(index);
      if (partner === undefined) return false;
      const inner = text.slice(Math.min(index, partner) + 1, Math.max(index, partner));
      return HAN.test(inner) && !NOT_A_TITLE.test(inner);
    }
    default:
      return isChineseContext(text[index - 1]) || isChineseContext(text[index + 1]);
  }
}

/**
 * Half-width , ; : ? ! . ( ) < > written in Chinese text, where the full-width mark belongs.
 * Only the characters right next to the mark count, so an English phrase set off by spaces keeps
 * its punctuation. Left alone too: numbers (3.5, 1,000, 10:30), web and mail addresses.
 */
export function findHalfWidthPunctuation(text: string): TextIssue[] {
  const candidates = [...text.matchAll(CANDIDATES)];
  if (!candidates.length) return [];
  const skipped = webAddressSpans(text);
  const partners = /[()<>]/.test(text) ? pairBrackets(text) : new Map<number, number>();
  const issues: TextIssue[] = [];
  for (const candidate of candidates) {
    const index = candidate.index;
    const character = candidate[0];
    const fullWidth = FULL_WIDTH[character]!;
    if (skipped.some(([start, end]) => index >= start && index < end)) continue;
    if (!isFlagged(text, index, partners)) continue;
    const replacement =
      character === '.' && HEADING_NUMERAL.test(text.slice(0, index)) ? '、' : fullWidth;
    issues.push({
      rule: RULE_ID.halfWidthPunctuation,
      severity: 'warning',
      start: index,
      end: index + 1,
      message: {
        zh: `中文语句中使用了半角标点“${character}”，应为全角“${replacement}”`,
        en: `Half-width "${character}" in Chinese text; use the full-width "${replacement}"`,
      },
      replacement,
      replacementLabel: { zh: `改为“${replacement}”`, en: `Replace with "${replacement}"` },
    });
  }
  return issues;
}

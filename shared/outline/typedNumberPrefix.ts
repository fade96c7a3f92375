import type { SectionLevel } from '../schema/nodeNames.ts';
import { parseChineseNumeral } from './parseChineseNumeral.ts';

/** A number typed at the start of a line or heading: 一、 （一） 1. （1）. */
export interface TypedNumber {
  level: SectionLevel;
  ordinal: number;
  /** The number as typed, with the spaces after it: what to remove from the text. */
  text: string;
  length: number;
}

const CHINESE = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,3}';
const SPACE = '[ \\t\\u3000]*';
const PATTERNS: ReadonlyArray<[SectionLevel, RegExp]> = [
  [1, new RegExp(`^(${CHINESE})${SPACE}[、.．]${SPACE}`)],
  [2, new RegExp(`^[（(]${SPACE}(${CHINESE})${SPACE}[）)]${SPACE}、?${SPACE}`)],
  [3, new RegExp(`^(${DIGITS})${SPACE}[.．、](?![0-9０-９])${SPACE}`)],
  [4, new RegExp(`^[（(]${SPACE}(${DIGITS})${SPACE}[）)]${SPACE}`)],
];

function toNumber(text: string): number | null {
  if (/^[0-9０-９]+$/.test(text)) {
    return Number(text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10)));
  }
  return parseChineseNumeral(text);
}

/**
 * The GB/T 9704 number typed at the start of `text`, if any: 一、 → level 1, （一） → 2,
 * 1. / 1、 / 1． → 3, （1） → 4; full- or half-width parentheses. 一是 is not a number.
 */
export function typedNumberPrefix(text: string): TypedNumber | null {
  for (const [level, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = toNumber(match[1]!);
    if (ordinal === null || ordinal < 1) continue;
    return { level, ordinal, text: match[0], length: match[0].length };
  }
  return null;
}

import type { SectionLevel } from './nodeNames.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Writes a positive integer below 10000 in Chinese numerals as used in numbering (十一, 二十, 一百零五). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value >= 10000) return String(value);
  if (value < 10) return DIGITS[value]!;
  if (value < 20) return `十${value === 10 ? '' : DIGITS[value - 10]}`;
  const units: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = value;
  let text = '';
  let pendingZero = false;
  for (const [unit, name] of units) {
    const digit = Math.floor(rest / unit);
    rest %= unit;
    if (digit > 0) {
      if (pendingZero) text += '零';
      text += DIGITS[digit] + name;
      pendingZero = false;
    } else if (text) {
      pendingZero = true;
    }
  }
  if (rest > 0) text += (pendingZero ? '零' : '') + DIGITS[rest];
  return text;
}

/** The rendered number of the ordinal-th section (1-based) at a level: 一、 （一） 1. （1）. */
export function formatSectionNumber(level: SectionLevel, ordinal: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(ordinal)}、`;
    case 2:
      return `（${chineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

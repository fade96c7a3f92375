const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads a Chinese numeral as used in numbering, 一 to 九十九 (十, 十一, 二十, 二十三); the
 * inverse of `chineseNumeral` below 100. Returns null for anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || !text) return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS[tens]! : null;
  if (tens === '一') return null;
  return (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0);
}

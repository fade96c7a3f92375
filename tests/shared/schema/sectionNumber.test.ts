import { describe, expect, it } from 'vitest';
import { chineseNumeral, formatSectionNumber } from '../../../shared/schema/sectionNumber.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
  ])('writes %i as %s', (value, expected) => {
    expect(chineseNumeral(value)).toBe(expected);
  });
});

describe('formatSectionNumber', () => {
  it('follows the GB/T 9704 hierarchy', () => {
    expect(formatSectionNumber(1, 3)).toBe('三、');
    expect(formatSectionNumber(2, 12)).toBe('（十二）');
    expect(formatSectionNumber(3, 4)).toBe('4.');
    expect(formatSectionNumber(4, 2)).toBe('（2）');
  });
});

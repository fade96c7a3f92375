import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../shared/outline/PhraseMatcher.ts';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<number>(
    [
      ['ab', 1],
      ['abc', 2],
      ['bcd', 3],
      ['的的', 4],
    ],
    ['目的的', 'xab'],
  );

  it('finds leftmost-longest matches that never overlap', () => {
    expect(matcher.matches('abcd ab bcd')).toEqual([
      { start: 0, end: 3, phrase: 'abc', value: 2 },
      { start: 5, end: 7, phrase: 'ab', value: 1 },
      { start: 8, end: 11, phrase: 'bcd', value: 3 },
    ]);
  });

  it('lets an exception shield the text it covers', () => {
    expect(matcher.matches('xab 目的的 的的')).toEqual([
      { start: 8, end: 10, phrase: '的的', value: 4 },
    ]);
  });

  it('finds nothing in text without a starting character, and rejects an empty phrase', () => {
    expect(matcher.matches('zzzz')).toEqual([]);
    expect(matcher.matches('')).toEqual([]);
    expect(() => new PhraseMatcher([['', 1]])).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { stackThreadCards } from '../../../client/comments/stackThreadCards.ts';

describe('stackThreadCards', () => {
  const cards = [
    { id: 'a', desiredTop: 100, height: 80 },
    { id: 'b', desiredTop: 120, height: 60 },
    { id: 'c', desiredTop: 500, height: 50 },
    { id: 'detached', desiredTop: null, height: 40 },
  ];

  it('puts each card level with its passage unless the one before is in the way', () => {
    expect(stackThreadCards(cards, null)).toEqual(
      new Map([
        ['a', 100],
        ['b', 188],
        ['c', 500],
        ['detached', 558],
      ]),
    );
  });

  it('puts the active card exactly at its passage and moves the ones above it up', () => {
    const tops = stackThreadCards(cards, 'b');
    expect(tops.get('b')).toBe(120);
    expect(tops.get('a')).toBe(32);
    expect(tops.get('c')).toBe(500);
  });

  it('never places a card above the column or over another when the passage is near the top', () => {
    const crowded = [
      { id: 'a', desiredTop: 10, height: 80 },
      { id: 'b', desiredTop: 20, height: 60 },
    ];
    const tops = stackThreadCards(crowded, 'b');
    expect(tops.get('a')).toBe(0);
    expect(tops.get('b')).toBeGreaterThanOrEqual(80);
  });
});

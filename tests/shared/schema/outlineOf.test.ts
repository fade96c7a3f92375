import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../shared/schema/outlineOf.ts';
import type { Section } from '../../../shared/schema/Report.ts';
import type { SectionLevel } from '../../../shared/schema/nodeNames.ts';

function section(id: string, level: SectionLevel, children: Section[] = []): Section {
  return { id, level, runIn: false, heading: `heading ${id}`, body: [], children };
}

describe('outlineOf', () => {
  it('derives numbers from the position in the tree', () => {
    const outline = outlineOf({
      title: 'T',
      lead: [],
      sections: [
        section('a', 1, [
          section('a1', 2),
          section('a2', 2, [section('a2x', 3), section('a2y', 3)]),
        ]),
        section('b', 1, [section('b1', 2, [section('b1x', 3, [section('b1x1', 4)])])]),
        section('c', 1),
      ],
    });
    const numbers = (nodes: typeof outline.sections): unknown =>
      nodes.map((node) => [node.number, numbers(node.children)]);
    expect(numbers(outline.sections)).toEqual([
      [
        '一、',
        [
          ['（一）', []],
          [
            '（二）',
            [
              ['1.', []],
              ['2.', []],
            ],
          ],
        ],
      ],
      ['二、', [['（一）', [['1.', [['（1）', []]]]]]]],
      ['三、', []],
    ]);
    expect(outline.sections[0]!.heading).toBe('heading a');
  });

  it('counts each level separately when a level is skipped among siblings', () => {
    const outline = outlineOf({
      title: '',
      lead: [],
      sections: [section('a', 1, [section('x', 3), section('y', 2), section('z', 3)])],
    });
    expect(outline.sections[0]!.children.map((node) => node.number)).toEqual([
      '1.',
      '（一）',
      '2.',
    ]);
  });
});

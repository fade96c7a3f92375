// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTestEditor,
  placeCursorInHeading,
  section,
  type TestEditor,
} from './createTestEditor.ts';

let current: TestEditor | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
});

function numbers(editor: TestEditor['editor']): Array<[string, string]> {
  return [...editor.view.dom.querySelectorAll('[data-section-id]')].map((element) => [
    element.querySelector(':scope > h2')!.textContent ?? '',
    element.querySelector(':scope > h2')!.getAttribute('data-number') ?? '',
  ]);
}

describe('section numbering decorations', () => {
  it('derives 一、（一）1.（1） from the tree, not from the text', () => {
    current = createTestEditor({
      report: {
        title: 'T',
        lead: [],
        sections: [
          section('a', 1, '主要做法', [
            section('a1', 2, '甲', [section('a1x', 3, '子', [section('a1x1', 4, '孙')])]),
            section('a2', 2, '乙'),
          ]),
          section('b', 1, '存在的问题'),
          section('c', 1, '下一步工作打算'),
        ],
      },
    });
    expect(numbers(current.editor)).toEqual([
      ['主要做法', '一、'],
      ['甲', '（一）'],
      ['子', '1.'],
      ['孙', '（1）'],
      ['乙', '（二）'],
      ['存在的问题', '二、'],
      ['下一步工作打算', '三、'],
    ]);
    expect(current.report().sections[0]!.heading).toBe('主要做法');
  });

  it('renumbers when a section is inserted or moved', () => {
    current = createTestEditor({
      report: { title: 'T', lead: [], sections: [section('a', 1, 'A'), section('b', 1, 'B')] },
    });
    const { editor } = current;
    placeCursorInHeading(editor, 'a');
    editor.commands.insertSiblingSection();
    editor.commands.insertContent('新');
    expect(numbers(editor)).toEqual([
      ['A', '一、'],
      ['新', '二、'],
      ['B', '三、'],
    ]);
    placeCursorInHeading(editor, 'b');
    editor.commands.moveSectionUp();
    editor.commands.moveSectionUp();
    expect(numbers(editor).map(([text, number]) => text + number)).toEqual([
      'B一、',
      'A二、',
      '新三、',
    ]);
  });

  it('numbers each level among its own siblings when a level is skipped', () => {
    current = createTestEditor({
      report: {
        title: 'T',
        lead: [],
        sections: [
          section('a', 1, 'A', [section('x', 3, 'X'), section('y', 2, 'Y'), section('z', 3, 'Z')]),
        ],
      },
    });
    expect(numbers(current.editor).map(([, number]) => number)).toEqual([
      '一、',
      '1.',
      '（一）',
      '2.',
    ]);
  });
});

// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Report, Section } from '../../shared/schema/Report.ts';
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

/** The tree as "number-free" shorthand: heading@level with children, for compact assertions. */
function shape(sections: Section[]): unknown[] {
  return sections.map((entry) =>
    entry.children.length
      ? { [`${entry.heading}@${entry.level}`]: shape(entry.children) }
      : `${entry.heading}@${entry.level}`,
  );
}

function open(sections: Section[]): TestEditor {
  current = createTestEditor({ report: { title: 'T', lead: [], sections } });
  return current;
}

function press(editor: TestEditor['editor'], key: string, modifiers: KeyboardEventInit = {}) {
  editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...modifiers }));
}

function headingOfSelection(editor: TestEditor['editor']): string {
  return editor.state.selection.$from.parent.textContent;
}

const tree = () => [
  section('a', 1, 'A', [section('a1', 2, 'A1'), section('a2', 2, 'A2'), section('a3', 2, 'A3')]),
  section('b', 1, 'B'),
];

describe('new sections', () => {
  it('inserts a sibling after the current section and its subtree, cursor in its heading', () => {
    const { editor, report } = open(tree());
    placeCursorInHeading(editor, 'a', 0);
    expect(editor.commands.insertSiblingSection()).toBe(true);
    editor.commands.insertContent('新');
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2', 'A2@2', 'A3@2'] }, '新@1', 'B@1']);
    const created = report().sections[1]!;
    expect(created.id).toMatch(/^[a-z0-9]{12}$/);
    expect(created.runIn).toBe(false);
  });

  it('inserts a level-1 section before the first one when the cursor is in the title', () => {
    const { editor, report } = open(tree());
    editor.commands.setTextSelection(1);
    press(editor, 'Enter', { ctrlKey: true });
    editor.commands.insertContent('零');
    expect(shape(report().sections)[0]).toBe('零@1');
  });

  it('inserts a child as last child one level deeper (Mod-Shift-Enter) and refuses past level 4', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [
        section('a1', 2, 'A1', [section('x', 3, 'X', [section('y', 4, 'Y')])]),
      ]),
    ]);
    placeCursorInHeading(editor, 'a');
    press(editor, 'Enter', { ctrlKey: true, shiftKey: true });
    editor.commands.insertContent('新');
    expect(shape(report().sections)).toEqual([
      { 'A@1': [{ 'A1@2': [{ 'X@3': ['Y@4'] }] }, '新@2'] },
    ]);
    placeCursorInHeading(editor, 'y');
    const before = report();
    expect(editor.commands.insertChildSection()).toBe(false);
    expect(report()).toEqual(before);
  });
});

describe('promote and demote', () => {
  it('promotes: becomes the sibling after its parent and adopts its following siblings', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [
        section('a1', 2, 'A1'),
        section('a2', 2, 'A2', [section('a2x', 3, 'A2x')]),
        section('a3', 2, 'A3'),
      ]),
      section('b', 1, 'B'),
    ]);
    placeCursorInHeading(editor, 'a2', 1);
    expect(editor.commands.promoteSection()).toBe(true);
    expect(shape(report().sections)).toEqual([
      { 'A@1': ['A1@2'] },
      { 'A2@1': ['A2x@2', 'A3@2'] },
      'B@1',
    ]);
    expect(report().sections[1]!.id).toBe('a2');
    expect(headingOfSelection(editor)).toBe('A2');
    expect(editor.state.selection.$from.parentOffset).toBe(1);
  });

  it('refuses to promote a top-level section', () => {
    const { editor, report } = open(tree());
    placeCursorInHeading(editor, 'b');
    const before = report();
    expect(editor.commands.promoteSection()).toBe(false);
    expect(report()).toEqual(before);
  });

  it('demotes: becomes the last child of its previous sibling, subtree one level deeper', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [section('a1', 2, 'A1')]),
      section('b', 1, 'B', [section('b1', 2, 'B1')]),
    ]);
    placeCursorInHeading(editor, 'b');
    expect(editor.commands.demoteSection()).toBe(true);
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2', { 'B@2': ['B1@3'] }] }]);
    expect(headingOfSelection(editor)).toBe('B');
  });

  it('refuses to demote without a previous sibling or past level 4', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [
        section('a1', 2, 'A1', [
          section('x', 3, 'X'),
          section('y', 3, 'Y', [section('z', 4, 'Z')]),
        ]),
      ]),
    ]);
    const before = report();
    placeCursorInHeading(editor, 'a');
    expect(editor.commands.demoteSection()).toBe(false);
    placeCursorInHeading(editor, 'a1');
    expect(editor.commands.demoteSection()).toBe(false);
    placeCursorInHeading(editor, 'y');
    expect(editor.commands.demoteSection()).toBe(false);
    expect(report()).toEqual(before);
  });

  it('binds Tab / Shift-Tab in a heading and Alt-Shift-Arrows anywhere in the section', () => {
    const { editor, report } = open(tree());
    placeCursorInHeading(editor, 'b');
    press(editor, 'Tab');
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2', 'A2@2', 'A3@2', 'B@2'] }]);
    press(editor, 'Tab', { shiftKey: true });
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2', 'A2@2', 'A3@2'] }, 'B@1']);
    placeCursorInHeading(editor, 'a2');
    press(editor, 'ArrowLeft', { altKey: true, shiftKey: true });
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2'] }, { 'A2@1': ['A3@2'] }, 'B@1']);
    press(editor, 'ArrowRight', { altKey: true, shiftKey: true });
    expect(shape(report().sections)).toEqual([{ 'A@1': ['A1@2', { 'A2@2': ['A3@3'] }] }, 'B@1']);
  });
});

describe('move and delete', () => {
  it('moves a section with its subtree up and down among its siblings only', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [section('a1', 2, 'A1')]),
      section('b', 1, 'B'),
      section('c', 1, 'C'),
    ]);
    placeCursorInHeading(editor, 'a', 1);
    press(editor, 'ArrowDown', { altKey: true, shiftKey: true });
    expect(shape(report().sections)).toEqual(['B@1', { 'A@1': ['A1@2'] }, 'C@1']);
    expect(editor.commands.moveSectionDown()).toBe(true);
    expect(shape(report().sections)).toEqual(['B@1', 'C@1', { 'A@1': ['A1@2'] }]);
    expect(editor.commands.moveSectionDown()).toBe(false);
    expect(headingOfSelection(editor)).toBe('A');
    press(editor, 'ArrowUp', { altKey: true, shiftKey: true });
    expect(shape(report().sections)).toEqual(['B@1', { 'A@1': ['A1@2'] }, 'C@1']);
    placeCursorInHeading(editor, 'a1');
    expect(editor.commands.moveSectionUp()).toBe(false);
    expect(editor.commands.moveSectionDown()).toBe(false);
  });

  it('deletes a section with its whole subtree', () => {
    const { editor, report } = open(tree());
    placeCursorInHeading(editor, 'a');
    expect(editor.commands.deleteSection()).toBe(true);
    expect(shape(report().sections)).toEqual(['B@1']);
    expect(report().title).toBe('T');
  });

  it('refuses section commands outside any section', () => {
    const { editor } = open(tree());
    editor.commands.setTextSelection(1);
    expect(editor.can().promoteSection()).toBe(false);
    expect(editor.can().demoteSection()).toBe(false);
    expect(editor.can().deleteSection()).toBe(false);
    expect(editor.can().moveSectionUp()).toBe(false);
  });

  it('toggles the run-in flag', () => {
    const { editor, report } = open(tree());
    placeCursorInHeading(editor, 'a1');
    editor.commands.toggleSectionRunIn();
    expect(report().sections[0]!.children[0]!.runIn).toBe(true);
  });
});

describe('Enter and Backspace in headings', () => {
  it('Enter in a heading splits the rest into the first body paragraph', () => {
    const { editor, report } = open([section('a', 1, '主要做法正文', [section('a1', 2, 'A1')])]);
    placeCursorInHeading(editor, 'a', 4);
    press(editor, 'Enter');
    editor.commands.insertContent('补');
    const top = report().sections[0]!;
    expect(top.heading).toBe('主要做法');
    expect(top.body).toEqual([{ type: 'paragraph', text: '补正文' }]);
    expect(shape(top.children)).toEqual(['A1@2']);
  });

  it('Backspace at the start of a heading keeps the structure and moves the cursor back', () => {
    const sections = [
      section('a', 1, 'A', [], [{ type: 'paragraph', text: '正文' }]),
      section('b', 1, 'B', [section('b1', 2, 'B1')]),
    ];
    const { editor, report } = open(sections);
    const before: Report = report();
    placeCursorInHeading(editor, 'b', 0);
    press(editor, 'Backspace');
    expect(report()).toEqual(before);
    expect(editor.state.selection.$from.parent.textContent).toBe('正文');
  });

  it('Backspace at the start of an empty section removes it', () => {
    const { editor, report } = open([section('a', 1, 'A'), section('b', 1, '')]);
    placeCursorInHeading(editor, 'b', 0);
    press(editor, 'Backspace');
    expect(shape(report().sections)).toEqual(['A@1']);
    expect(headingOfSelection(editor)).toBe('A');
  });

  it('Delete at the end of the title before a section leaves the structure intact', () => {
    const { editor, report } = open(tree());
    const before = report();
    editor.commands.setTextSelection(2);
    press(editor, 'Delete');
    expect(shape(report().sections)).toEqual(shape(before.sections));
  });
});

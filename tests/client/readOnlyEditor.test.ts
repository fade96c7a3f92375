// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createTestEditor,
  placeCursorInHeading,
  section,
  type TestEditor,
} from './createTestEditor.ts';

const editors: TestEditor[] = [];
afterEach(() => {
  editors.splice(0).forEach((entry) => entry.destroy());
});

function openReport(doc?: Y.Doc): TestEditor {
  const opened = createTestEditor({
    doc,
    report: doc
      ? undefined
      : {
          title: '市教体局2022年度思想政治工作开展情况报告',
          lead: [],
          sections: [section('a', 1, '主要做法')],
        },
  });
  editors.push(opened);
  return opened;
}

describe('a read-only editor', () => {
  it('changes nothing and sends no update, whatever command runs', () => {
    const { editor, doc, report } = openReport();
    const before = report();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    editor.setEditable(false);
    placeCursorInHeading(editor, 'a');
    editor.commands.insertContent('改动');
    editor.commands.insertSiblingSection();
    editor.commands.deleteSection();
    editor.view.dispatch(editor.state.tr.insertText('直接事务', 1));

    expect(report()).toEqual(before);
    expect(updates).toEqual([]);
  });

  it('still shows what colleagues write', () => {
    const reader = openReport();
    reader.editor.setEditable(false);
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(reader.doc));
    const writerEditor = openReport(writer);
    placeCursorInHeading(writerEditor.editor, 'a');
    writerEditor.editor.commands.insertContent('（一）');

    Y.applyUpdate(reader.doc, Y.encodeStateAsUpdate(writer));
    expect(reader.report().sections[0]!.heading).toBe('主要做法（一）');
    expect(reader.editor.state.doc.textContent).toContain('主要做法（一）');
  });

  it('edits again once editable', () => {
    const { editor, report } = openReport();
    editor.setEditable(false);
    editor.setEditable(true);
    placeCursorInHeading(editor, 'a');
    editor.commands.insertContent('和成效');
    expect(report().sections[0]!.heading).toBe('主要做法和成效');
  });
});

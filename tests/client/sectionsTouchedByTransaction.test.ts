// @vitest-environment jsdom
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionsTouchedByTransaction } from '../../client/locks/sectionsTouchedByTransaction.ts';
import { findSectionById } from '../../client/outline/findSectionById.ts';
import { sectionsTouchedByUpdate } from '../../shared/locks/sectionsTouchedByUpdate.ts';
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

function open(): TestEditor {
  const opened = createTestEditor({
    report: {
      title: '报告',
      lead: [],
      sections: [
        section('a', 1, '甲', [section('a1', 2, '甲一')], [{ type: 'paragraph', text: '甲文' }]),
        section('b', 1, '乙', [], [{ type: 'paragraph', text: '乙文' }]),
        section('c', 1, '丙', [], [{ type: 'paragraph', text: '丙文' }]),
      ],
    },
  });
  editors.push(opened);
  return opened;
}

const edits: Record<string, (editor: Editor) => void> = {
  'type in a heading': (editor) => {
    placeCursorInHeading(editor, 'b');
    editor.commands.insertContent('改');
  },
  'delete a section': (editor) => {
    placeCursorInHeading(editor, 'b');
    editor.commands.deleteSection();
  },
  'move a section up': (editor) => {
    placeCursorInHeading(editor, 'c');
    editor.commands.moveSectionUp();
  },
  'move a section down': (editor) => {
    placeCursorInHeading(editor, 'a');
    editor.commands.moveSectionDown();
  },
  'demote a section': (editor) => {
    placeCursorInHeading(editor, 'b');
    editor.commands.demoteSection();
  },
  'delete across a boundary': (editor) => {
    const b = findSectionById(editor.state.doc, 'b')!;
    const c = findSectionById(editor.state.doc, 'c')!;
    editor.commands.deleteRange({ from: b.pos + b.node.nodeSize - 3, to: c.pos + 3 });
  },
  'add a sibling section': (editor) => {
    placeCursorInHeading(editor, 'c');
    editor.commands.insertSiblingSection();
  },
};

describe('sections touched by a local transaction', () => {
  for (const [name, edit] of Object.entries(edits)) {
    it(`covers every section the server sees changed: ${name}`, () => {
      const opened = open();
      const before = new Y.Doc();
      Y.applyUpdate(before, Y.encodeStateAsUpdate(opened.doc));
      const updates: Uint8Array[] = [];
      opened.doc.on('update', (update: Uint8Array) => updates.push(update));
      const transactions: Transaction[] = [];
      opened.editor.on('transaction', ({ transaction }) => {
        if (transaction.docChanged) transactions.push(transaction);
      });

      edit(opened.editor);

      expect(updates.length).toBeGreaterThan(0);
      // A section the edit creates cannot be locked yet.
      const existing = (id: string) => findSectionById(transactions[0]!.before, id) !== null;
      const local = new Set(transactions.flatMap((tr) => [...sectionsTouchedByTransaction(tr)]));
      const server = sectionsTouchedByUpdate(before, Y.mergeUpdates(updates)).sectionIds;
      for (const id of [...server].filter(existing)) expect(local).toContain(id);
    });
  }
});

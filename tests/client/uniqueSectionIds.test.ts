// @vitest-environment jsdom
import { Slice } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveSectionId } from '../../client/editor/sections/deriveSectionId.ts';
import type { Section } from '../../shared/schema/Report.ts';
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

function open(sections: Section[], doc?: Y.Doc): TestEditor {
  const opened = createTestEditor({
    report: doc ? undefined : { title: 'T', lead: [], sections },
    doc,
  });
  editors.push(opened);
  return opened;
}

function allIds(sections: Section[]): string[] {
  return sections.flatMap((entry) => [entry.id, ...allIds(entry.children)]);
}

describe('unique section ids', () => {
  it('gives a pasted copy of a section a new id; the original keeps its id', () => {
    const { editor, report } = open([
      section('a', 1, 'A', [section('a1', 2, 'A1')]),
      section('b', 1, 'B'),
    ]);
    const original = editor.state.doc.child(1);
    const endOfA = editor.state.doc.child(0).nodeSize + original.nodeSize;
    editor.view.dispatch(editor.state.tr.insert(endOfA, original));
    const ids = allIds(report().sections);
    expect(ids.slice(0, 2)).toEqual(['a', 'a1']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);
    expect(ids[2]).toBe(deriveSectionId('a', 1));
    expect(ids[3]).toBe(deriveSectionId('a1', 1));
  });

  it('repairs duplicates coming through paste of a copied slice', () => {
    const { editor, report } = open([section('a', 1, 'A'), section('b', 1, 'B')]);
    const slice = new Slice(editor.state.doc.slice(0, editor.state.doc.content.size).content, 0, 0);
    placeCursorInHeading(editor, 'b');
    editor.view.dispatch(editor.state.tr.replaceSelection(slice));
    const ids = allIds(report().sections);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('a');
  });

  it('gives sections without an id a fresh one', () => {
    const { editor, report } = open([section('a', 1, 'A')]);
    const schema = editor.schema;
    const bare = schema.nodes.section!.create({ level: 1 }, schema.nodes.sectionHeading!.create());
    editor.view.dispatch(editor.state.tr.insert(editor.state.doc.content.size, bare));
    const ids = allIds(report().sections);
    expect(ids[0]).toBe('a');
    expect(ids[1]).toMatch(/^[a-z0-9]{12}$/);
  });

  it('repairs deterministically, so two replicas agree without conflicting writes', async () => {
    const docA = new Y.Doc();
    const docB = new Y.Doc();
    const first = open([], docA);
    first.editor.commands.setContent({
      type: 'doc',
      content: [
        { type: 'title' },
        {
          type: 'section',
          attrs: { id: 'x', level: 1 },
          content: [{ type: 'sectionHeading', content: [{ type: 'text', text: 'X' }] }],
        },
      ],
    });
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    const second = open([], docB);
    // A replica without the editor writes a duplicate (as a concurrent split could).
    const raw = new Y.Doc();
    Y.applyUpdate(raw, Y.encodeStateAsUpdate(docA));
    const duplicate = new Y.XmlElement('section');
    duplicate.setAttribute('id', 'x');
    duplicate.setAttribute('level', 1 as unknown as string);
    duplicate.insert(0, [new Y.XmlElement('sectionHeading')]);
    raw.getXmlFragment('default').push([duplicate]);
    const update = Y.encodeStateAsUpdate(raw, Y.encodeStateVector(docA));
    Y.applyUpdate(docA, update);
    Y.applyUpdate(docB, update);
    await Promise.resolve();
    expect(allIds(first.report().sections)).toEqual(['x', deriveSectionId('x', 1)]);
    expect(allIds(second.report().sections)).toEqual(['x', deriveSectionId('x', 1)]);
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB));
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    expect(first.report()).toEqual(second.report());
  });

  it('derives well-formed ids that differ per attempt', () => {
    expect(deriveSectionId('abc', 1)).toMatch(/^[a-z0-9]{12}$/);
    expect(deriveSectionId('abc', 1)).toBe(deriveSectionId('abc', 1));
    expect(deriveSectionId('abc', 1)).not.toBe(deriveSectionId('abc', 2));
  });
});

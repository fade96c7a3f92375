// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorOfSelection } from '../../../client/comments/anchorOfSelection.ts';
import { createCommentStore, type CommentStore } from '../../../client/comments/CommentStore.ts';
import { commentHighlightsKey } from '../../../client/editor/extensions/CommentHighlights.ts';
import { createExternalStore } from '../../../client/stores/createExternalStore.ts';
import type { CommentThread } from '../../../shared/comments/CommentThread.ts';
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames.ts';
import { createTestEditor, type TestEditor } from '../createTestEditor.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import type { DriftedAnchor } from '../../../client/comments/findDriftedAnchors.ts';
import { resolveAnchorRange } from '../../../shared/comments/resolveAnchorRange.ts';

const REPORT = {
  title: '年度报告',
  lead: [{ type: 'paragraph' as const, text: '今年全局上下齐心协力完成各项任务。' }],
  sections: [],
};

function threadOn(
  anchor: { start: string; end: string },
  status: 'open' | 'resolved' = 'open',
): CommentThread {
  return {
    id: 't1',
    anchor: { ...anchor, quote: '', sectionId: null },
    status,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: '2026-11-26T00:00:00.000Z',
    comments: [
      {
        id: 'c1',
        authorId: 'u1',
        authorName: '王五',
        authorColor: '#336699',
        text: '请核实',
        mentions: [],
        createdAt: '2026-11-26T00:00:00.000Z',
        editedAt: null,
        deleted: false,
      },
    ],
  };
}

function highlighted(testEditor: TestEditor): string {
  return [...testEditor.editor.view.dom.querySelectorAll('.comment-highlight')]
    .map((element) => element.textContent)
    .join('');
}

/** A second replica's edit, applied as if it came from the server. */
function remoteEdit(testEditor: TestEditor, edit: (text: Y.XmlText) => void): void {
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(testEditor.doc));
  const lead = remote.getXmlFragment(CONTENT_FRAGMENT).get(1) as Y.XmlElement;
  edit(lead.get(0) as Y.XmlText);
  Y.applyUpdate(testEditor.doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(testEditor.doc)));
}

describe('comment highlights', () => {
  let testEditor: TestEditor;
  let comments: CommentStore;

  let reanchored: DriftedAnchor[];

  const open = () => {
    comments = createCommentStore();
    reanchored = [];
    testEditor = createTestEditor({
      report: REPORT,
      comments,
      activeThread: createExternalStore(null),
      onReanchor: (anchor) => {
        reanchored.push(anchor);
        // What the server does: store the new positions and push the thread back.
        const [thread] = comments.getSnapshot().threads;
        comments.apply({ thread: { ...thread!, anchor: { ...thread!.anchor, ...anchor } } });
      },
    });
    const { editor } = testEditor;
    const leadStart = editor.state.doc.child(0).nodeSize + 1;
    // 全局上下 (characters 2–6 of the lead)
    editor.commands.setTextSelection({ from: leadStart + 2, to: leadStart + 6 });
    const anchor = anchorOfSelection(editor.state);
    expect(anchor).not.toBeNull();
    comments.replace({ threads: [threadOn(anchor!)], mentionsSeenAt: null });
  };

  afterEach(() => testEditor?.destroy());

  it('marks the selected passage and follows it through others’ edits around and inside it', () => {
    open();
    expect(highlighted(testEditor)).toBe('全局上下');
    remoteEdit(testEditor, (text) => {
      text.insert(0, '前');
      text.insert(5, '中');
      text.insert(8, '后');
    });
    expect(testEditor.editor.state.doc.child(1).textContent).toBe(
      '前今年全局中上下后齐心协力完成各项任务。',
    );
    expect(highlighted(testEditor)).toBe('全局中上下');
  });

  it('follows local typing before the passage and drops the highlight when the passage is deleted', () => {
    open();
    const { editor } = testEditor;
    const leadStart = editor.state.doc.child(0).nodeSize + 1;
    editor.commands.insertContentAt(leadStart, '新');
    expect(highlighted(testEditor)).toBe('全局上下');
    remoteEdit(testEditor, (text) => text.delete(1, 8));
    expect(highlighted(testEditor)).toBe('');
    expect(commentHighlightsKey.getState(editor.state)?.ranges.has('t1')).toBe(false);
  });

  it.each([
    ['Enter before the passage', 1, 0],
    ['Enter inside the passage', 4, 0],
  ])(
    'keeps the thread on its passage after %s, with new positions everyone can resolve',
    async (_name, offset) => {
      open();
      const { editor } = testEditor;
      const leadStart = editor.state.doc.child(0).nodeSize + 1;
      editor
        .chain()
        .setTextSelection(leadStart + offset)
        .splitBlock()
        .run();
      await waitFor(() => reanchored.length === 1, { message: 'the drifted anchor' });
      const [thread] = comments.getSnapshot().threads;
      const range = resolveAnchorRange(
        testEditor.doc,
        testEditor.doc.getXmlFragment(CONTENT_FRAGMENT),
        thread!.anchor,
      );
      expect(range).not.toBeNull();
      expect(highlighted(testEditor)).toBe('全局上下');
    },
  );

  it('keeps the thread on its passage when its paragraph is joined to the one before', async () => {
    open();
    const { editor } = testEditor;
    const leadStart = editor.state.doc.child(0).nodeSize + 1;
    editor
      .chain()
      .setTextSelection(leadStart + 1)
      .splitBlock()
      .run();
    await waitFor(() => reanchored.length === 1);
    const secondStart = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1;
    editor.chain().setTextSelection(secondStart).joinBackward().run();
    expect(editor.state.doc.child(1).textContent).toBe(REPORT.lead[0]!.text);
    await waitFor(() => reanchored.length === 2);
    expect(highlighted(testEditor)).toBe('全局上下');
  });

  it.each([
    ['inside its paragraph', 1, 8],
    ['across the paragraph before it', -2, 8],
  ])(
    'puts the thread back on its passage when a deletion %s is undone',
    async (_name, from, to) => {
      open();
      const { editor } = testEditor;
      const leadStart = editor.state.doc.child(0).nodeSize + 1;
      const range = { from: leadStart + from, to: leadStart + to };
      editor.chain().setTextSelection(range).deleteSelection().run();
      await waitFor(() => highlighted(testEditor) === '');
      editor.commands.undo();
      expect(editor.state.doc.child(1).textContent).toBe(REPORT.lead[0]!.text);
      await waitFor(() => highlighted(testEditor) === '全局上下', {
        message: 'the highlight back',
      });
      // Another replica knows nothing of this editor's undo history: the thread must have
      // been moved onto the restored text for it to find the passage too.
      await waitFor(() => reanchored.length > 0, { message: 'the re-anchor after undo' });
      const [thread] = comments.getSnapshot().threads;
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(testEditor.doc));
      const fragment = other.getXmlFragment(CONTENT_FRAGMENT);
      const found = resolveAnchorRange(other, fragment, thread!.anchor);
      expect(found).not.toBeNull();
      expect(
        fragment
          .toString()
          .replace(/<[^>]+>/g, '')
          .slice(found!.start, found!.end),
      ).toBe('全局上下');
    },
  );

  it('does not mark resolved threads', () => {
    open();
    const [thread] = comments.getSnapshot().threads;
    comments.apply({ thread: { ...thread!, status: 'resolved' } });
    expect(highlighted(testEditor)).toBe('');
    expect(commentHighlightsKey.getState(testEditor.editor.state)?.ranges.has('t1')).toBe(true);
  });
});

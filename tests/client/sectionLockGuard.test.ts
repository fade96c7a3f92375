// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLockStore, type LockStore } from '../../client/locks/LockStore.ts';
import { findSectionById } from '../../client/outline/findSectionById.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { Report } from '../../shared/schema/Report.ts';
import {
  createTestEditor,
  placeCursorInHeading,
  section,
  type TestEditor,
} from './createTestEditor.ts';

// jsdom has no ClipboardEvent, which ProseMirror's pasteText creates.
if (typeof globalThis.ClipboardEvent === 'undefined') {
  Object.assign(globalThis, { ClipboardEvent: class extends Event {} });
}

const ME = 'u-me';
const OTHER = 'u-zhangsan';

const REPORT: Report = {
  title: '市教体局2024年度工作报告',
  lead: [{ type: 'paragraph', text: '现将有关情况报告如下：' }],
  sections: [
    section(
      'a',
      1,
      '主要做法',
      [section('a1', 2, '坚持党管思想')],
      [{ type: 'paragraph', text: '甲段正文' }],
    ),
    section('b', 1, '存在的问题', [], [{ type: 'paragraph', text: '乙段正文' }]),
    section('c', 1, '下一步工作打算', [], [{ type: 'paragraph', text: '丙段正文' }]),
  ],
};

function lockOf(sectionId: string, holderId: string): SectionLock {
  return {
    sectionId,
    holderId,
    holderName: holderId === OTHER ? '张三' : '我',
    holderColor: '#d33',
    since: '2026-01-05T06:05:00.000Z',
    lastEditAt: '2026-01-05T06:05:00.000Z',
  };
}

const editors: TestEditor[] = [];
afterEach(() => {
  editors.splice(0).forEach((entry) => entry.destroy());
});

function openLocked(locks: SectionLock[], doc?: Y.Doc) {
  const store: LockStore = createLockStore(locks);
  const blocked: SectionLock[] = [];
  const opened = createTestEditor({
    doc,
    report: doc ? undefined : REPORT,
    locks: store,
    userId: ME,
    onLockBlocked: (lock) => blocked.push(lock),
  });
  editors.push(opened);
  const updates: Uint8Array[] = [];
  opened.doc.on('update', (update: Uint8Array) => updates.push(update));
  return { ...opened, store, blocked, updates };
}

/** Start and end of a section's n-th body paragraph text. */
function bodyText(opened: TestEditor, sectionId: string, index = 0): { from: number; to: number } {
  const found = findSectionById(opened.editor.state.doc, sectionId)!;
  let pos = found.pos + 1 + found.node.child(0).nodeSize;
  for (let i = 0; i < index; i += 1) pos += found.node.child(1 + i).nodeSize;
  const paragraph = found.node.child(1 + index);
  return { from: pos + 1, to: pos + 1 + paragraph.content.size };
}

describe('section lock guard', () => {
  it('refuses typing in a section someone else locked, and says who holds it', () => {
    const opened = openLocked([lockOf('b', OTHER)]);
    const before = opened.report();

    placeCursorInHeading(opened.editor, 'b');
    opened.editor.commands.insertContent('改动');
    opened.editor.commands.setTextSelection(bodyText(opened, 'b').to);
    opened.editor.commands.insertContent('正文改动');
    opened.editor.view.pasteText('粘贴的文字');

    expect(opened.report()).toEqual(before);
    expect(opened.updates).toEqual([]);
    expect(opened.editor.state.doc.textContent).not.toContain('改动');
    expect(opened.blocked.map((lock) => lock.holderName)).toContain('张三');
  });

  it('refuses deleting text, deleting or moving the section, and merging across its boundary', () => {
    const opened = openLocked([lockOf('b', OTHER)]);
    const before = opened.report();
    const { editor } = opened;

    editor.commands.deleteRange(bodyText(opened, 'b'));
    placeCursorInHeading(editor, 'b');
    editor.commands.deleteSection();
    editor.commands.moveSectionUp();
    editor.commands.moveSectionDown();
    // Moving a neighbour past the locked section rewrites it, too.
    placeCursorInHeading(editor, 'c');
    editor.commands.moveSectionUp();
    // Merging the end of 一、 with the start of 二、, and 二、 with 三、.
    editor.commands.deleteRange({
      from: bodyText(opened, 'a').to - 1,
      to: bodyText(opened, 'b').from + 1,
    });
    editor.commands.deleteRange({
      from: bodyText(opened, 'b').to - 1,
      to: bodyText(opened, 'c').from + 1,
    });
    const b = findSectionById(editor.state.doc, 'b')!;
    editor.view.dispatch(editor.state.tr.delete(b.pos, b.pos + b.node.nodeSize));
    editor.view.dispatch(editor.state.tr.setNodeAttribute(b.pos, 'level', 2));

    expect(opened.report()).toEqual(before);
    expect(opened.updates).toEqual([]);
  });

  it('refuses changes in a child of a locked section, but not in the parent of a locked child', () => {
    const opened = openLocked([lockOf('a', OTHER)]);
    placeCursorInHeading(opened.editor, 'a1');
    opened.editor.commands.insertContent('改动');
    expect(opened.report().sections[0]!.children[0]!.heading).toBe('坚持党管思想');

    opened.store.replace([lockOf('a1', OTHER)]);
    placeCursorInHeading(opened.editor, 'a');
    opened.editor.commands.insertContent('和成效');
    expect(opened.report().sections[0]!.heading).toBe('主要做法和成效');
    placeCursorInHeading(opened.editor, 'a1');
    opened.editor.commands.insertContent('改动');
    expect(opened.report().sections[0]!.children[0]!.heading).toBe('坚持党管思想');
  });

  it('lets the holder edit their own section and everyone edit unlocked ones', () => {
    const opened = openLocked([lockOf('b', ME), lockOf('a1', OTHER)]);
    placeCursorInHeading(opened.editor, 'b');
    opened.editor.commands.insertContent('及原因');
    placeCursorInHeading(opened.editor, 'c');
    opened.editor.commands.insertContent('（草稿）');
    opened.editor.commands.setTextSelection(bodyText(opened, 'c').to);
    opened.editor.commands.insertContent('补充');
    expect(opened.editor.commands.insertSiblingSection()).toBe(true);

    const report = opened.report();
    expect(report.sections[1]!.heading).toBe('存在的问题及原因');
    expect(report.sections[2]!.heading).toBe('下一步工作打算（草稿）');
    expect(report.sections[2]!.body[0]).toEqual({ type: 'paragraph', text: '丙段正文补充' });
    expect(report.sections).toHaveLength(4);
    expect(opened.blocked).toEqual([]);
  });

  it('allows editing again once the lock is released', () => {
    const opened = openLocked([lockOf('b', OTHER)]);
    placeCursorInHeading(opened.editor, 'b');
    opened.editor.commands.insertContent('改动');
    expect(opened.report().sections[1]!.heading).toBe('存在的问题');

    opened.store.replace([]);
    placeCursorInHeading(opened.editor, 'b');
    opened.editor.commands.insertContent('改动');
    expect(opened.report().sections[1]!.heading).toBe('存在的问题改动');
  });

  it('still shows what the holder writes in the locked section', () => {
    const opened = openLocked([lockOf('b', OTHER)]);
    const holder = new Y.Doc();
    Y.applyUpdate(holder, Y.encodeStateAsUpdate(opened.doc));
    const holderEditor = createTestEditor({ doc: holder });
    editors.push(holderEditor);
    placeCursorInHeading(holderEditor.editor, 'b');
    holderEditor.editor.commands.insertContent('及原因');

    Y.applyUpdate(opened.doc, Y.encodeStateAsUpdate(holder));
    expect(opened.report().sections[1]!.heading).toBe('存在的问题及原因');
    expect(opened.editor.state.doc.textContent).toContain('存在的问题及原因');
  });

  it('shows a badge with the holder on the locked section', () => {
    const opened = openLocked([lockOf('b', OTHER)]);
    const badges = opened.editor.view.dom.querySelectorAll<HTMLElement>(
      '[data-testid="lock-badge"]',
    );
    expect([...badges].map((badge) => [badge.dataset.sectionId, badge.dataset.holder])).toEqual([
      ['b', '张三'],
    ]);
    expect(badges[0]!.title).toMatch(
      /^张三 自 (\d{2}:\d{2}|\d{4}年\d+月\d+日 \d{2}:\d{2}) 起锁定$/,
    );

    opened.store.replace([lockOf('c', OTHER)]);
    const moved = opened.editor.view.dom.querySelectorAll<HTMLElement>(
      '[data-testid="lock-badge"]',
    );
    expect([...moved].map((badge) => badge.dataset.sectionId)).toEqual(['c']);
  });
});

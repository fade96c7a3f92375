import { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import { createReportExtensions } from '../../client/editor/createReportExtensions.ts';
import type { CompositionGate } from '../../client/collaboration/CompositionGate.ts';
import type { LockStore } from '../../client/locks/LockStore.ts';
import type { CommentStore } from '../../client/comments/CommentStore.ts';
import type { DriftedAnchor } from '../../client/comments/findDriftedAnchors.ts';
import type { WritableStore } from '../../client/stores/createExternalStore.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import type { Report } from '../../shared/schema/Report.ts';
import { writeReportToFragment } from '../../shared/schema/writeReportToFragment.ts';

export interface TestEditor {
  editor: Editor;
  doc: Y.Doc;
  report(): Report;
  destroy(): void;
}

/** A real Tiptap editor bound to a local Y.Doc, optionally seeded with a report. */
export function createTestEditor(
  options: {
    report?: Report;
    doc?: Y.Doc;
    gate?: CompositionGate;
    locks?: LockStore;
    userId?: string;
    onLockBlocked?: (lock: SectionLock) => void;
    comments?: CommentStore;
    activeThread?: WritableStore<string | null>;
    onReanchor?: (anchor: DriftedAnchor) => void;
  } = {},
): TestEditor {
  const doc = options.doc ?? new Y.Doc();
  if (options.report) writeReportToFragment(options.report, doc.getXmlFragment(CONTENT_FRAGMENT));
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: createReportExtensions({
      doc,
      gate: options.gate ?? null,
      locks: options.locks ?? null,
      userId: options.userId ?? null,
      onLockBlocked: options.onLockBlocked ?? null,
      comments: options.comments ?? null,
      activeThread: options.activeThread ?? null,
      onReanchor: options.onReanchor ?? null,
    }),
  });
  return {
    editor,
    doc,
    report: () => readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT)),
    destroy: () => {
      editor.destroy();
      element.remove();
    },
  };
}

/** Puts the cursor at the end of the heading of the section with this id. */
export function placeCursorInHeading(editor: Editor, sectionId: string, offset = -1): void {
  let target = -1;
  editor.state.doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.type.name === 'section' && node.attrs.id === sectionId) {
      const heading = node.firstChild!;
      target = pos + 2 + (offset < 0 ? heading.content.size : offset);
      return false;
    }
    return true;
  });
  if (target < 0) throw new Error(`no section ${sectionId}`);
  editor.commands.setTextSelection(target);
}

/** A report section with a heading and no body, for compact fixtures. */
export function section(
  id: string,
  level: 1 | 2 | 3 | 4,
  heading: string,
  children: Report['sections'] = [],
  body: Report['sections'][number]['body'] = [],
): Report['sections'][number] {
  return { id, level, runIn: false, heading, body, children };
}

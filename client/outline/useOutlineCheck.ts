import type { Editor } from '@tiptap/core';
import { useSyncExternalStore } from 'react';
import type { OutlineCheck } from './OutlineCheckStore.ts';
import { outlineCheckStoreFor } from './outlineCheckStoreFor.ts';

const EMPTY: OutlineCheck = {
  report: { title: '', lead: [], sections: [] },
  outline: { title: '', sections: [] },
  findings: [],
  counts: { error: 0, warning: 0, info: 0 },
  statusBySection: new Map(),
};
const emptySubscribe = () => () => undefined;
const emptySnapshot = () => EMPTY;

/**
 * The live outline check of the editor's document against the template (none while the template
 * is unknown): report, outline, findings and counts, recomputed a pause after each change.
 */
export function useOutlineCheck(editor: Editor | null, templateId: string | null): OutlineCheck {
  const store = editor && !editor.isDestroyed ? outlineCheckStoreFor(editor, templateId) : null;
  return useSyncExternalStore(
    store?.subscribe ?? emptySubscribe,
    store?.getSnapshot ?? emptySnapshot,
  );
}

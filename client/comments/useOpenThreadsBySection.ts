import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useMemo } from 'react';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { CommentStore } from './CommentStore.ts';
import { openThreadsBySection } from './openThreadsBySection.ts';
import { useThreadRanges } from './useThreadRanges.ts';

// Open threads per section id, for the outline.
export function useOpenThreadsBySection(editor: Editor, comments: CommentStore) {
  const { threads } = useExternalStore(comments);
  const ranges = useThreadRanges(editor);
  const doc = useEditorState({ editor, selector: ({ editor: current }) => current.state.doc });
  return useMemo(() => openThreadsBySection(doc, threads, ranges), [doc, threads, ranges]);
}

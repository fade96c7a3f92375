import type { Editor } from '@tiptap/core';
import type { CommentStore } from './CommentStore.ts';

// The comment threads an editor highlights, if it was built with them.
export function commentStoreOf(editor: Editor): CommentStore | null {
  const extension = editor.extensionManager.extensions.find(
    (candidate) => candidate.name === 'commentHighlights',
  );
  const options: unknown = extension?.options;
  if (typeof options !== 'object' || options === null || !('comments' in options)) return null;
  return (options.comments as CommentStore | null) ?? null;
}

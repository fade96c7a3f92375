import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { commentHighlightsKey } from '../editor/extensions/CommentHighlights.ts';
import type { ThreadRange } from './threadRangeIn.ts';

const NONE: ReadonlyMap<string, ThreadRange> = new Map();

// Where each thread's passage is in the editor now; detached threads are missing.
export function useThreadRanges(editor: Editor): ReadonlyMap<string, ThreadRange> {
  return (
    useEditorState({
      editor,
      selector: ({ editor: current }) =>
        current.isDestroyed ? NONE : (commentHighlightsKey.getState(current.state)?.ranges ?? NONE),
    }) ?? NONE
  );
}

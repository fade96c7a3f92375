import type { Editor } from '@tiptap/core';
import type { NoticeStore } from '../collaboration/NoticeStore.ts';
import { anchorOfSelection } from './anchorOfSelection.ts';
import type { CommentPanelStore } from './CommentPanelStore.ts';

// Opens a new thread's composer on the selected passage, or says what to select first.
export function startCommentDraft(
  editor: Editor,
  panel: CommentPanelStore,
  notices: NoticeStore,
): void {
  const anchor = anchorOfSelection(editor.state);
  if (!anchor) {
    notices.add('info', { key: 'comments.needSelection' });
    return;
  }
  panel.startDraft({ ...anchor, from: editor.state.selection.from });
}

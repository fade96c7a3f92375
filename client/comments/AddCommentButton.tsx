import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect } from 'react';
import type { NoticeStore } from '../collaboration/NoticeStore.ts';
import { modifierKeyName } from '../editor/modifierKeyName.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import type { CommentPanelStore } from './CommentPanelStore.ts';
import { startCommentDraft } from './startCommentDraft.ts';

interface AddCommentButtonProps {
  editor: Editor;
  panel: CommentPanelStore;
  notices: NoticeStore;
}

// "Comment" on the toolbar and Ctrl+Alt+M: opens a new thread on the selected text.
export function AddCommentButton({ editor, panel, notices }: AddCommentButtonProps) {
  const t = useTranslate();
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: current }) => !current.state.selection.empty,
  });
  const shortcut = `${modifierKeyName()}+Alt+M`;

  useEffect(() => {
    const dom = editor.view.dom;
    const handleKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        startCommentDraft(editor, panel, notices);
      }
    };
    dom.addEventListener('keydown', handleKeyDown);
    return () => dom.removeEventListener('keydown', handleKeyDown);
  }, [editor, panel, notices]);

  return (
    <button
      type="button"
      className="toolbar-button toolbar-text-button"
      data-testid="add-comment"
      title={t('comments.addTitle', { shortcut })}
      disabled={!hasSelection}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => startCommentDraft(editor, panel, notices)}
    >
      {t('comments.add')}
    </button>
  );
}

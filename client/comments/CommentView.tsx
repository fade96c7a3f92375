import { useState } from 'react';
import type { Comment } from '../../shared/comments/CommentThread.ts';
import type { Member } from '../api/membersApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { CommentText } from './CommentText.tsx';

interface CommentViewProps {
  comment: Comment;
  mayChange: boolean;
  members: readonly Member[];
  onEdit(text: string, mentions: string[]): Promise<void>;
  onDelete(): Promise<void>;
}

// One comment: author, time, text, and edit and delete for its author.
export function CommentView({ comment, mayChange, members, onEdit, onDelete }: CommentViewProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);

  if (comment.deleted) {
    return (
      <li className="comment is-deleted" data-testid="comment" data-comment-id={comment.id}>
        <p className="comment-text">{t('comments.deletedComment')}</p>
      </li>
    );
  }
  const handleSave = async (text: string, mentions: string[]) => {
    await onEdit(text, mentions);
    setEditing(false);
  };
  const handleDelete = () => {
    if (window.confirm(t('comments.deleteConfirm'))) void onDelete().catch(() => undefined);
  };

  return (
    <li
      className="comment"
      data-testid="comment"
      data-comment-id={comment.id}
      data-author-id={comment.authorId}
    >
      <div className="comment-meta">
        <span className="comment-author" style={{ color: comment.authorColor }}>
          {comment.authorName}
        </span>
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
        {comment.editedAt && <span className="comment-edited">{t('comments.edited')}</span>}
        {mayChange && !editing && (
          <span className="comment-own-actions">
            <button type="button" onClick={() => setEditing(true)} data-testid="comment-edit">
              {t('comments.edit')}
            </button>
            <button type="button" onClick={handleDelete} data-testid="comment-delete">
              {t('comments.delete')}
            </button>
          </span>
        )}
      </div>
      {editing ? (
        <CommentComposer
          members={members}
          initialText={comment.text}
          placeholderKey="comments.placeholder"
          submitKey="comments.save"
          testId="comment-editor"
          autoFocus
          onSubmit={handleSave}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentText text={comment.text} mentions={comment.mentions} />
      )}
    </li>
  );
}

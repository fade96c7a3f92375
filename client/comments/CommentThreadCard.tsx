import { forwardRef, type CSSProperties } from 'react';
import type { Role } from '../../shared/auth/roles.ts';
import {
  mayChangeComment,
  mayComment,
  mayResolveThread,
} from '../../shared/comments/commentRules.ts';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import type { Member } from '../api/membersApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { CommentComposer } from './CommentComposer.tsx';
import { CommentView } from './CommentView.tsx';
import type { CommentActions } from './useCommentActions.ts';

interface CommentThreadCardProps {
  thread: CommentThread;
  detached: boolean;
  active: boolean;
  userId: string;
  role: Role | null;
  members: readonly Member[];
  actions: CommentActions;
  style?: CSSProperties;
  onActivate(threadId: string): void;
}

// A thread beside its passage: the quote, the comments, a reply field and resolve/reopen.
export const CommentThreadCard = forwardRef<HTMLElement, CommentThreadCardProps>(
  function CommentThreadCard(props, ref) {
    const { thread, detached, active, userId, role, members, actions, style } = props;
    const t = useTranslate();
    const language = useLanguage();
    const canComment = role !== null && mayComment(role);
    const canResolve = role !== null && mayResolveThread(role, userId, thread);
    const resolved = thread.status === 'resolved';
    const classes = ['comment-thread'];
    if (active) classes.push('is-active');
    if (resolved) classes.push('is-resolved');
    if (detached) classes.push('is-detached');

    const handleReply = async (text: string, mentions: string[]) => {
      await actions.reply({ threadId: thread.id, text, mentions });
    };
    const handleStatus = () => {
      const change = resolved ? actions.reopen : actions.resolve;
      void change(thread.id).catch(() => undefined);
    };

    return (
      <article
        ref={ref}
        className={classes.join(' ')}
        style={style}
        data-testid="comment-thread"
        data-thread-id={thread.id}
        data-status={thread.status}
        data-detached={detached ? 'true' : 'false'}
        data-active={active ? 'true' : 'false'}
        onClick={(event) => {
          // Typing a reply or pressing a button is not a request to go to the passage.
          if (event.target instanceof Element && event.target.closest('button, textarea, a'))
            return;
          if (!active) props.onActivate(thread.id);
        }}
      >
        <header className="comment-thread-header">
          <blockquote
            className="comment-quote"
            data-testid="comment-quote"
            title={thread.anchor.quote}
          >
            {thread.anchor.quote}
          </blockquote>
          {detached && (
            <span
              className="comment-detached"
              data-testid="comment-detached"
              title={t('comments.detachedTitle')}
            >
              {t('comments.detached')}
            </span>
          )}
          {canResolve && (
            <button
              type="button"
              className="comment-status-button"
              data-testid={resolved ? 'comment-reopen' : 'comment-resolve'}
              onClick={(event) => {
                event.stopPropagation();
                handleStatus();
              }}
            >
              {t(resolved ? 'comments.reopen' : 'comments.resolve')}
            </button>
          )}
        </header>
        <ol className="comment-list">
          {thread.comments.map((comment) => (
            <CommentView
              key={comment.id}
              comment={comment}
              members={members}
              mayChange={role !== null && mayChangeComment(role, userId, comment)}
              onEdit={(text, mentions) =>
                actions
                  .edit({ threadId: thread.id, commentId: comment.id, text, mentions })
                  .then(() => undefined)
              }
              onDelete={() =>
                actions.remove({ threadId: thread.id, commentId: comment.id }).then(() => undefined)
              }
            />
          ))}
        </ol>
        {resolved && thread.resolvedBy && thread.resolvedAt && (
          <p className="comment-resolution" data-testid="comment-resolution">
            {t('comments.resolvedBy', {
              name: thread.resolvedBy.name,
              time: formatDateTime(thread.resolvedAt, language),
            })}
          </p>
        )}
        {canComment && active && !resolved && (
          <CommentComposer
            members={members}
            placeholderKey="comments.replyPlaceholder"
            submitKey="comments.reply"
            testId="comment-reply"
            onSubmit={handleReply}
          />
        )}
      </article>
    );
  },
);

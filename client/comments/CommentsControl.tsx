import { countOpenThreads } from '../../shared/comments/commentRules.ts';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import type { CommentPanelStore } from './CommentPanelStore.ts';
import { countUnreadMentions } from './filterThreads.ts';

interface CommentsControlProps {
  session: CollabSession;
  panel: CommentPanelStore;
  userId: string;
}

// Top bar: shows or hides the comments column with the open count, and a badge for unread
// mentions that opens the "mentioning me" list.
export function CommentsControl({ session, panel, userId }: CommentsControlProps) {
  const t = useTranslate();
  const { threads, mentionsSeenAt } = useExternalStore(session.comments);
  const { visible } = useExternalStore(panel);
  const open = countOpenThreads(threads);
  const unread = countUnreadMentions(threads, userId, mentionsSeenAt);
  return (
    <span className="comments-control">
      <button
        type="button"
        data-testid="comments-toggle"
        aria-pressed={visible}
        title={t(visible ? 'comments.hidePanel' : 'comments.showPanel')}
        onClick={() => panel.setVisible(!visible)}
      >
        {t('comments.panel')}
        {open > 0 && <span className="comments-open-count">{open}</span>}
      </button>
      {unread > 0 && (
        <button
          type="button"
          className="mentions-badge"
          data-testid="mentions-badge"
          data-count={unread}
          title={t('comments.mentionsTitle', { count: unread })}
          onClick={() => panel.setFilter('mentions')}
        >
          {t('comments.mentionsBadge', { count: unread })}
        </button>
      )}
    </span>
  );
}

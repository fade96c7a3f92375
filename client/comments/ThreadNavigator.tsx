import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

interface ThreadNavigatorProps {
  // In reading order.
  threads: readonly CommentThread[];
  activeId: string | null;
  onGo(threadId: string): void;
}

// Previous and next thread, and where the reader is among them.
export function ThreadNavigator({ threads, activeId, onGo }: ThreadNavigatorProps) {
  const t = useTranslate();
  const index = threads.findIndex((thread) => thread.id === activeId);
  const go = (step: number) => {
    if (threads.length === 0) return;
    const next = index < 0 ? (step > 0 ? 0 : threads.length - 1) : index + step;
    const target = threads[(next + threads.length) % threads.length];
    if (target) onGo(target.id);
  };
  return (
    <div className="comments-navigator">
      <button
        type="button"
        disabled={threads.length === 0}
        onClick={() => go(-1)}
        data-testid="comments-previous"
      >
        {t('comments.previous')}
      </button>
      <span className="comments-position" data-testid="comments-position">
        {index >= 0
          ? `${index + 1}/${threads.length}`
          : t('comments.count', { count: threads.length })}
      </span>
      <button
        type="button"
        disabled={threads.length === 0}
        onClick={() => go(1)}
        data-testid="comments-next"
      >
        {t('comments.next')}
      </button>
    </div>
  );
}

import type { Editor } from '@tiptap/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { Role } from '../../shared/auth/roles.ts';
import { mayComment } from '../../shared/comments/commentRules.ts';
import type { Member } from '../api/membersApi.ts';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import { CommentComposer } from './CommentComposer.tsx';
import type { CommentPanelStore } from './CommentPanelStore.ts';
import { CommentThreadCard } from './CommentThreadCard.tsx';
import { ThreadFilterTabs } from './ThreadFilterTabs.tsx';
import { ThreadNavigator } from './ThreadNavigator.tsx';
import { filterThreads } from './filterThreads.ts';
import { scrollToPassage } from './scrollToPassage.ts';
import type { CommentActions } from './useCommentActions.ts';
import { useThreadLayout } from './useThreadLayout.ts';
import { useThreadRanges } from './useThreadRanges.ts';
import './comments.css';

interface CommentsPanelProps {
  editor: Editor;
  session: CollabSession;
  panel: CommentPanelStore;
  actions: CommentActions;
  userId: string;
  role: Role | null;
  members: readonly Member[];
}

const DRAFT_ID = 'draft';

// Beside the page: the report's comment threads, each level with its passage.
export function CommentsPanel(props: CommentsPanelProps) {
  const { editor, session, panel, actions, userId, role, members } = props;
  const t = useTranslate();
  const { threads } = useExternalStore(session.comments);
  const activeId = useExternalStore(session.activeThread);
  const { filter, draft } = useExternalStore(panel);
  const ranges = useThreadRanges(editor);
  const column = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => {
    const byPosition = (a: { id: string }, b: { id: string }) =>
      (ranges.get(a.id)?.from ?? Number.MAX_SAFE_INTEGER) -
      (ranges.get(b.id)?.from ?? Number.MAX_SAFE_INTEGER);
    return filterThreads(threads, filter, userId).sort(byPosition);
  }, [threads, filter, userId, ranges]);
  const items = useMemo(() => {
    const placed = shown.map((thread) => ({
      id: thread.id,
      from: ranges.get(thread.id)?.from ?? null,
    }));
    return draft
      ? [...placed, { id: DRAFT_ID, from: draft.from }].sort(
          (a, b) => (a.from ?? Number.MAX_SAFE_INTEGER) - (b.from ?? Number.MAX_SAFE_INTEGER),
        )
      : placed;
  }, [shown, ranges, draft]);
  const { tops, cardRef } = useThreadLayout(editor, items, draft ? DRAFT_ID : activeId, column);
  const height = Math.max(0, ...items.map((item) => (tops.get(item.id) ?? 0) + 240));

  useEffect(() => {
    if (filter === 'mentions') void actions.markMentionsSeen();
  }, [filter, threads, actions]);

  // One card at a time looks active: the one being written, when there is one.
  useEffect(() => {
    if (draft) session.activeThread.set(null);
  }, [draft, session]);

  // A thread picked on the page shows even when the tab hid it (so this runs on a new active
  // thread only); changing tab lets go of a thread the new tab does not list.
  const shownRef = useRef(shown);
  useLayoutEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  useEffect(() => {
    const thread = threads.find((candidate) => candidate.id === activeId);
    if (!thread || shownRef.current.some((candidate) => candidate.id === activeId)) return;
    panel.setFilter(thread.status === 'resolved' ? 'resolved' : 'open');
  }, [activeId]);
  useEffect(() => {
    const current = session.activeThread.getSnapshot();
    if (current && !shownRef.current.some((candidate) => candidate.id === current)) {
      session.activeThread.set(null);
    }
  }, [filter, session]);

  const handleActivate = (threadId: string) => {
    session.activeThread.set(threadId);
    const range = ranges.get(threadId);
    if (range) scrollToPassage(editor, range.from);
  };
  const handleCreate = async (text: string, mentions: string[]) => {
    if (!draft) return;
    const thread = await actions.create({ start: draft.start, end: draft.end, text, mentions });
    panel.endDraft();
    session.activeThread.set(thread.id);
  };

  return (
    <aside
      className="comments-column"
      data-testid="comments-panel"
      aria-label={t('comments.panel')}
    >
      <div className="comments-header">
        <ThreadFilterTabs value={filter} onChange={panel.setFilter} />
        <ThreadNavigator threads={shown} activeId={activeId} onGo={handleActivate} />
        {role !== null && !mayComment(role) && (
          <p className="comments-hint" data-testid="comments-read-only">
            {t('comments.readOnly')}
          </p>
        )}
      </div>
      <div className="comments-cards" ref={column} style={{ minHeight: height }}>
        {items.length === 0 && (
          <p className="comments-hint" data-testid="comments-empty">
            {t(`comments.empty.${filter}`)}
          </p>
        )}
        {draft && (
          <article
            ref={cardRef(DRAFT_ID)}
            className="comment-thread is-active is-draft"
            style={{ top: tops.get(DRAFT_ID) ?? 0 }}
            data-testid="comment-draft"
          >
            <CommentComposer
              members={members}
              placeholderKey="comments.placeholder"
              submitKey="comments.submit"
              testId="comment-new"
              autoFocus
              onSubmit={handleCreate}
              onCancel={panel.endDraft}
            />
          </article>
        )}
        {shown.map((thread) => (
          <CommentThreadCard
            key={thread.id}
            ref={cardRef(thread.id)}
            thread={thread}
            detached={!ranges.has(thread.id)}
            active={thread.id === activeId}
            userId={userId}
            role={role}
            members={members}
            actions={actions}
            style={{ top: tops.get(thread.id) ?? 0 }}
            onActivate={handleActivate}
          />
        ))}
      </div>
    </aside>
  );
}

import { mentionsUser } from '../../shared/comments/commentRules.ts';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';

export const THREAD_FILTERS = ['open', 'resolved', 'mine', 'mentions'] as const;
export type ThreadFilter = (typeof THREAD_FILTERS)[number];

function mentions(thread: CommentThread, userId: string): boolean {
  return thread.comments.some((comment) => mentionsUser(comment, userId));
}

// The threads a filter tab shows.
export function filterThreads(
  threads: readonly CommentThread[],
  filter: ThreadFilter,
  userId: string,
): CommentThread[] {
  switch (filter) {
    case 'open':
      return threads.filter((thread) => thread.status === 'open');
    case 'resolved':
      return threads.filter((thread) => thread.status === 'resolved');
    case 'mine':
      return threads.filter((thread) =>
        thread.comments.some((comment) => comment.authorId === userId && !comment.deleted),
      );
    case 'mentions':
      return threads.filter((thread) => mentions(thread, userId));
  }
}

// Comments by others that name the user and were written after they last looked.
export function countUnreadMentions(
  threads: readonly CommentThread[],
  userId: string,
  seenAt: string | null,
): number {
  let count = 0;
  for (const thread of threads) {
    for (const comment of thread.comments) {
      if (mentionsUser(comment, userId) && (seenAt === null || comment.createdAt > seenAt)) count++;
    }
  }
  return count;
}

import type {
  CommentsMessage,
  CommentThreadMessage,
} from '../../shared/comments/commentMessages.ts';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';

export interface CommentState {
  /** Oldest first, as the server keeps them. */
  threads: readonly CommentThread[];
  mentionsSeenAt: string | null;
  /** Whether the server's list arrived since the session started. */
  loaded: boolean;
}

export interface CommentStore extends ExternalStore<CommentState> {
  replace(message: CommentsMessage): void;
  apply(message: CommentThreadMessage): void;
  markMentionsSeen(at: string): void;
}

export function createCommentStore(): CommentStore {
  const store = createExternalStore<CommentState>({
    threads: [],
    mentionsSeenAt: null,
    loaded: false,
  });
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    replace: ({ threads, mentionsSeenAt }) => store.set({ threads, mentionsSeenAt, loaded: true }),
    apply: (message) => {
      const current = store.getSnapshot();
      if ('deletedThreadId' in message) {
        const threads = current.threads.filter((thread) => thread.id !== message.deletedThreadId);
        store.set({ ...current, threads });
        return;
      }
      const { thread } = message;
      const known = current.threads.some((existing) => existing.id === thread.id);
      const threads = known
        ? current.threads.map((existing) => (existing.id === thread.id ? thread : existing))
        : [...current.threads, thread];
      store.set({ ...current, threads });
    },
    markMentionsSeen: (at) => store.set({ ...store.getSnapshot(), mentionsSeenAt: at }),
  };
}

import type { Comment, CommentThread, ThreadStatus } from '../../shared/comments/CommentThread.ts';

/** Comment threads by report, with their comments and each member's mention read mark. */
export interface CommentStore {
  listThreads(documentId: string): Promise<CommentThread[]>;
  /** Undefined when the thread does not exist on this document. */
  getThread(documentId: string, threadId: string): Promise<CommentThread | undefined>;
  countThreads(documentId: string): Promise<number>;
  countOpenThreads(documentId: string): Promise<number>;
  countComments(documentId: string): Promise<number>;
  /** Moves a thread's anchor positions; its quote and section stay. */
  moveAnchor(threadId: string, start: string, end: string): Promise<void>;
  createThread(documentId: string, thread: CommentThread): Promise<void>;
  addComment(threadId: string, comment: Comment): Promise<void>;
  /** Replaces a comment's text and mentions (its author and thread stay). */
  updateComment(
    commentId: string,
    changes: Pick<Comment, 'text' | 'mentions' | 'editedAt'>,
  ): Promise<void>;
  /** Empties a comment and marks it deleted, keeping its place in the thread. */
  tombstoneComment(commentId: string): Promise<void>;
  deleteComment(commentId: string): Promise<void>;
  deleteThread(threadId: string): Promise<void>;
  setStatus(
    threadId: string,
    status: Pick<CommentThread, 'status' | 'resolvedBy' | 'resolvedAt'> & { status: ThreadStatus },
  ): Promise<void>;
  mentionsSeenAt(documentId: string, userId: string): Promise<string | null>;
  markMentionsSeen(documentId: string, userId: string, at: string): Promise<void>;
}

import { permissionsOf, type Role } from '../auth/roles.ts';
import type { Comment, CommentThread } from './CommentThread.ts';

/** Owners, leaders and drafters comment; viewers only read. */
export function mayComment(role: Role): boolean {
  return permissionsOf(role).comment;
}

/** Only a comment's author edits or deletes it, and only while they may still comment. */
export function mayChangeComment(role: Role, userId: string, comment: Comment): boolean {
  return mayComment(role) && !comment.deleted && comment.authorId === userId;
}

/**
 * The thread's authors (whoever wrote in it, so a drafter who answers can close it), a leader
 * or the owner resolve and reopen it.
 */
export function mayResolveThread(role: Role, userId: string, thread: CommentThread): boolean {
  if (!mayComment(role)) return false;
  return (
    permissionsOf(role).approve ||
    thread.comments.some((comment) => comment.authorId === userId && !comment.deleted)
  );
}

/** Threads still open: what the checker counts before submission. */
export function countOpenThreads(threads: readonly CommentThread[]): number {
  return threads.filter((thread) => thread.status === 'open').length;
}

/** Whether `comment` names `userId` and was written by someone else. */
export function mentionsUser(comment: Comment, userId: string): boolean {
  return (
    !comment.deleted &&
    comment.authorId !== userId &&
    comment.mentions.some((mention) => mention.userId === userId)
  );
}

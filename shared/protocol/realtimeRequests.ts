import type { Role } from '../auth/roles.ts';

/** Kinds of `request` (104) the server answers; see PROTOCOL.md. */
export const REQUEST_KIND = {
  /** Answers `{ at }`, the server's time: a round trip on the realtime channel. */
  ping: 'ping',
  /** Answers who the socket speaks for and with which role (`WhoamiResult`). */
  whoami: 'whoami',
  /** Claims a section: payload `{ sectionId }`, answers the granted `SectionLock`. */
  lockClaim: 'lock.claim',
  /** Releases a lock: payload `{ sectionId, force? }`; `force` lets a leader or owner end another's lock. */
  lockRelease: 'lock.release',
  /** Opens a thread on a passage: `createThreadSchema`; answers the `CommentThread`. */
  commentCreate: 'comment.create',
  /** Replies in a thread: `replySchema`; answers the thread. */
  commentReply: 'comment.reply',
  /** Edits one's own comment: `editCommentSchema`; answers the thread. */
  commentEdit: 'comment.edit',
  /** Deletes one's own comment: `deleteCommentSchema`; answers `{ threadId, threadDeleted }`. */
  commentDelete: 'comment.delete',
  /** Resolves a thread: `threadStatusSchema`; answers the thread. */
  commentResolve: 'comment.resolve',
  /** Reopens a resolved thread: `threadStatusSchema`; answers the thread. */
  commentReopen: 'comment.reopen',
  /**
   * Moves a thread's anchor to new positions over the same passage, after an edit (a paragraph
   * split or join) rebuilt the text it pointed to: `reanchorSchema`; answers the thread.
   */
  commentReanchor: 'comment.reanchor',
  /** Marks the caller's mentions on this report read: answers `{ mentionsSeenAt }`. */
  commentMentionsSeen: 'comment.mentionsSeen',
} as const;

/** `error.code` of a `response` with `ok: false`. */
export const REQUEST_ERROR = {
  unknownKind: 'unknown_kind',
  invalidPayload: 'invalid_payload',
  forbidden: 'forbidden',
  failed: 'failed',
  /** A lock request conflicts with a lock held by someone else (see `LockConflict`). */
  lockConflict: 'lock_conflict',
  notFound: 'not_found',
  /** Too many requests of this kind from the socket; try again shortly. */
  rateLimited: 'rate_limited',
} as const;

export interface PingResult {
  at: string;
}

export interface WhoamiResult {
  userId: string;
  username: string;
  displayName: string;
  color: string;
  role: Role;
}

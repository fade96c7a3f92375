import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_MENTIONS } from './commentLimits.ts';
import { commentThreadSchema } from './CommentThread.ts';

const idSchema = z.string().min(1).max(64);
/** An encoded relative position, base64; a few dozen bytes in practice. */
const positionSchema = z
  .string()
  .min(1)
  .max(512)
  .regex(/^[A-Za-z0-9+/]+=*$/);
// Bidirectional overrides would let a comment display text other than what it holds.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const textSchema = z
  .string()
  .max(MAX_COMMENT_LENGTH)
  .transform((text) => text.replace(BIDI_CONTROLS, ''))
  .refine((text) => text.trim().length > 0);
const mentionsSchema = z.array(idSchema).max(MAX_MENTIONS).default([]);

/** Payload of `comment.create`: the passage as two relative positions, and the first comment. */
export const createThreadSchema = z.object({
  start: positionSchema,
  end: positionSchema,
  text: textSchema,
  mentions: mentionsSchema,
});

/** Payload of `comment.reanchor`. */
export const reanchorSchema = z.object({
  threadId: idSchema,
  start: positionSchema,
  end: positionSchema,
});

/** Payload of `comment.reply`. */
export const replySchema = z.object({
  threadId: idSchema,
  text: textSchema,
  mentions: mentionsSchema,
});

/** Payload of `comment.edit`: only the comment's author may edit it. */
export const editCommentSchema = z.object({
  threadId: idSchema,
  commentId: idSchema,
  text: textSchema,
  mentions: mentionsSchema,
});

/** Payload of `comment.delete`: only the comment's author may delete it. */
export const deleteCommentSchema = z.object({ threadId: idSchema, commentId: idSchema });

/** Payload of `comment.resolve` and `comment.reopen`. */
export const threadStatusSchema = z.object({ threadId: idSchema });

/** Payload of `comments` (108): every thread of the report, and when this user last read their mentions. */
export const commentsMessageSchema = z.object({
  threads: z.array(commentThreadSchema),
  mentionsSeenAt: z.string().nullable(),
});

/** Payload of `commentThread` (109): one thread changed (`thread`) or was deleted (`deletedThreadId`). */
export const commentThreadMessageSchema = z.union([
  z.object({ thread: commentThreadSchema }),
  z.object({ deletedThreadId: z.string() }),
]);

/** Result of `comment.markMentionsSeen`. */
export const mentionsSeenSchema = z.object({ mentionsSeenAt: z.string() });

export type CreateThreadPayload = z.input<typeof createThreadSchema>;
export type ReplyPayload = z.input<typeof replySchema>;
export type EditCommentPayload = z.input<typeof editCommentSchema>;
export type DeleteCommentPayload = z.infer<typeof deleteCommentSchema>;
export type CommentsMessage = z.infer<typeof commentsMessageSchema>;
export type CommentThreadMessage = z.infer<typeof commentThreadMessageSchema>;

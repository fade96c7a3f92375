import { z } from 'zod';

/** A member named in a comment with `@`; the name is the one shown when the comment was written. */
export const mentionSchema = z.object({ userId: z.string(), name: z.string() });

/** One remark in a thread. Its text is plain text, never markup. */
export const commentSchema = z.object({
  id: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  authorColor: z.string(),
  text: z.string(),
  mentions: z.array(mentionSchema),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** The opening comment of a thread with replies is deleted as a tombstone (empty text). */
  deleted: z.boolean(),
});

/**
 * Where a thread points: a pair of encoded Yjs relative positions (base64), the text they held
 * when the thread was opened, and the section it was in. Not a mark in the document, so that
 * commenting never edits the text.
 */
export const commentAnchorSchema = z.object({
  start: z.string(),
  end: z.string(),
  quote: z.string(),
  sectionId: z.string().nullable(),
});

export const THREAD_STATUSES = ['open', 'resolved'] as const;

/** A comment thread on a passage: the opening comment, then replies, oldest first. */
export const commentThreadSchema = z.object({
  id: z.string(),
  anchor: commentAnchorSchema,
  status: z.enum(THREAD_STATUSES),
  resolvedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  comments: z.array(commentSchema).min(1),
});

export type Mention = z.infer<typeof mentionSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type ThreadStatus = (typeof THREAD_STATUSES)[number];
export type CommentThread = z.infer<typeof commentThreadSchema>;

import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  createThreadSchema,
  deleteCommentSchema,
  editCommentSchema,
  reanchorSchema,
  replySchema,
  threadStatusSchema,
  type CommentThreadMessage,
} from '../../shared/comments/commentMessages.ts';
import {
  COMMENT_REQUEST_BURST,
  COMMENT_REQUESTS_PER_SECOND,
  MAX_COMMENTS_PER_REPORT,
  MAX_REPLIES_PER_THREAD,
  MAX_THREADS_PER_REPORT,
} from '../../shared/comments/commentLimits.ts';
import {
  mayChangeComment,
  mayComment,
  mayResolveThread,
} from '../../shared/comments/commentRules.ts';
import type { Comment, CommentThread, Mention } from '../../shared/comments/CommentThread.ts';
import { readAnchoredPassage } from '../../shared/comments/readAnchoredPassage.ts';
import { resolveAnchorRange } from '../../shared/comments/resolveAnchorRange.ts';
import { splitCommentText } from '../../shared/comments/splitCommentText.ts';
import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { REQUEST_ERROR, REQUEST_KIND } from '../../shared/protocol/realtimeRequests.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import type { Connection } from '../collab/Connection.ts';
import type { DocumentHooks } from '../collab/hooks.ts';
import { RequestError } from '../collab/RequestError.ts';
import type { RequestContext, RequestHandler } from '../collab/requestHandlers.ts';
import type { SharedDocument } from '../collab/SharedDocument.ts';
import type { Logger } from '../logging/Logger.ts';
import type { Storage } from '../storage/Storage.ts';
import { commentTexts } from './commentTexts.ts';

function parsePayload<T>(schema: z.ZodType<T, unknown>, payload: unknown): T {
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success)
    throw new RequestError(REQUEST_ERROR.invalidPayload, commentTexts.invalidPayload);
  return parsed.data;
}

function newId(): string {
  return randomBytes(9).toString('base64url');
}

function requireCommenter(connection: Connection): void {
  if (!mayComment(connection.identity.role)) {
    throw new RequestError(REQUEST_ERROR.forbidden, commentTexts.mayNotComment);
  }
}

/**
 * Comment threads on the realtime channel: every thread is sent after `hello`, requests open,
 * answer, edit, delete, resolve and reopen them, and each change is pushed to every socket on
 * the report. Threads live in the comment store; the document itself is only read, never changed.
 */
export class CommentService {
  readonly hooks: DocumentHooks;
  readonly #storage: Storage;
  readonly #logger: Logger;
  readonly #buckets = new WeakMap<Connection, { tokens: number; at: number }>();

  constructor(storage: Storage, logger: Logger) {
    this.#storage = storage;
    this.#logger = logger;
    const answers: Array<[string, RequestHandler]> = [
      [REQUEST_KIND.commentCreate, (context) => this.#create(context)],
      [REQUEST_KIND.commentReply, (context) => this.#reply(context)],
      [REQUEST_KIND.commentEdit, (context) => this.#edit(context)],
      [REQUEST_KIND.commentDelete, (context) => this.#delete(context)],
      [REQUEST_KIND.commentResolve, (context) => this.#setStatus(context, 'resolved')],
      [REQUEST_KIND.commentReopen, (context) => this.#setStatus(context, 'open')],
      [REQUEST_KIND.commentReanchor, (context) => this.#reanchor(context)],
      [REQUEST_KIND.commentMentionsSeen, (context) => this.#markMentionsSeen(context)],
    ];
    const handlers = new Map<string, RequestHandler>(
      answers.map(([kind, handler]) => [kind, (context) => this.#guard(context, handler)]),
    );
    this.hooks = {
      name: 'comments',
      requestHandlers: handlers,
      helloReceived: ({ documentId, connection }) => {
        void this.#sendAll(documentId, connection);
      },
    };
  }

  // Every request is rate limited per socket, and a failing store answers `failed` instead of
  // closing the socket.
  async #guard(context: RequestContext, handler: RequestHandler): Promise<unknown> {
    if (!this.#takeToken(context.connection)) {
      throw new RequestError(REQUEST_ERROR.rateLimited, commentTexts.rateLimited);
    }
    try {
      return await handler(context);
    } catch (error: unknown) {
      if (error instanceof RequestError) throw error;
      this.#logger.error('comment request failed', { documentId: context.document.id, error });
      throw new RequestError(REQUEST_ERROR.failed, commentTexts.failed);
    }
  }

  #takeToken(connection: Connection): boolean {
    const now = Date.now();
    const bucket = this.#buckets.get(connection) ?? { tokens: COMMENT_REQUEST_BURST, at: now };
    const refilled = (now - bucket.at) * (COMMENT_REQUESTS_PER_SECOND / 1000);
    bucket.tokens = Math.min(COMMENT_REQUEST_BURST, bucket.tokens + refilled);
    bucket.at = now;
    this.#buckets.set(connection, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  listThreads(documentId: string): Promise<CommentThread[]> {
    return this.#storage.comments.listThreads(documentId);
  }

  countOpenThreads(documentId: string): Promise<number> {
    return this.#storage.comments.countOpenThreads(documentId);
  }

  async #sendAll(documentId: string, connection: Connection): Promise<void> {
    try {
      const threads = await this.#storage.comments.listThreads(documentId);
      const mentionsSeenAt = await this.#storage.comments.mentionsSeenAt(
        documentId,
        connection.identity.userId,
      );
      connection.send(encodeCustomMessage(MESSAGE.comments, { threads, mentionsSeenAt }));
    } catch (error: unknown) {
      this.#logger.error('reading comments failed', { documentId, error });
    }
  }

  #publish(document: SharedDocument, message: CommentThreadMessage): void {
    const encoded = encodeCustomMessage(MESSAGE.commentThread, message);
    for (const connection of document.connections) {
      if (connection.saidHello) connection.send(encoded);
    }
  }

  async #mentionsOf(
    documentId: string,
    userIds: readonly string[],
    text: string,
  ): Promise<Mention[]> {
    const unique = [...new Set(userIds)];
    const members = new Set(
      (await this.#storage.members.listForDocument(documentId)).map((member) => member.userId),
    );
    const strangers = unique.filter((userId) => !members.has(userId));
    if (strangers.length > 0) {
      throw new RequestError(
        REQUEST_ERROR.invalidPayload,
        commentTexts.notMember(strangers.length),
      );
    }
    const candidates: Mention[] = [];
    for (const userId of unique) {
      const user = await this.#storage.users.get(userId);
      if (user) candidates.push({ userId, name: user.displayName });
    }
    // Only members whose @name is in the text, read longest name first (@张三丰 is not @张三).
    const named = new Set<string>();
    for (const part of splitCommentText(text, candidates)) {
      if (part.kind === 'mention') named.add(part.userId);
    }
    return candidates.filter((mention) => named.has(mention.userId));
  }

  async #newComment(
    connection: Connection,
    documentId: string,
    text: string,
    mentionIds: string[],
  ): Promise<Comment> {
    const { userId, displayName, color } = connection.identity;
    return {
      id: newId(),
      authorId: userId,
      authorName: displayName,
      authorColor: color,
      text,
      mentions: await this.#mentionsOf(documentId, mentionIds, text),
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
    };
  }

  async #requireRoom(documentId: string): Promise<void> {
    if ((await this.#storage.comments.countComments(documentId)) >= MAX_COMMENTS_PER_REPORT) {
      throw new RequestError(REQUEST_ERROR.failed, commentTexts.tooMany);
    }
  }

  async #threadOf(documentId: string, threadId: string): Promise<CommentThread> {
    const thread = await this.#storage.comments.getThread(documentId, threadId);
    if (!thread) throw new RequestError(REQUEST_ERROR.notFound, commentTexts.threadNotFound);
    return thread;
  }

  async #changed(document: SharedDocument, threadId: string): Promise<CommentThread> {
    const thread = await this.#threadOf(document.id, threadId);
    this.#publish(document, { thread });
    return thread;
  }

  async #create({ connection, document, payload }: RequestContext): Promise<CommentThread> {
    requireCommenter(connection);
    const input = parsePayload(createThreadSchema, payload);
    const fragment = document.doc.getXmlFragment(CONTENT_FRAGMENT);
    const range = resolveAnchorRange(document.doc, fragment, input);
    if (!range) throw new RequestError(REQUEST_ERROR.invalidPayload, commentTexts.detachedAnchor);
    await this.#requireRoom(document.id);
    if ((await this.#storage.comments.countThreads(document.id)) >= MAX_THREADS_PER_REPORT) {
      throw new RequestError(REQUEST_ERROR.failed, commentTexts.tooMany);
    }
    const comment = await this.#newComment(connection, document.id, input.text, input.mentions);
    const thread: CommentThread = {
      id: newId(),
      anchor: { start: input.start, end: input.end, ...readAnchoredPassage(fragment, range) },
      status: 'open',
      resolvedBy: null,
      resolvedAt: null,
      createdAt: comment.createdAt,
      comments: [comment],
    };
    await this.#storage.comments.createThread(document.id, thread);
    this.#logger.info('thread opened', { documentId: document.id, threadId: thread.id });
    this.#publish(document, { thread });
    return thread;
  }

  async #reply({ connection, document, payload }: RequestContext): Promise<CommentThread> {
    requireCommenter(connection);
    const input = parsePayload(replySchema, payload);
    const thread = await this.#threadOf(document.id, input.threadId);
    await this.#requireRoom(document.id);
    if (thread.comments.length > MAX_REPLIES_PER_THREAD) {
      throw new RequestError(REQUEST_ERROR.failed, commentTexts.tooManyReplies);
    }
    const comment = await this.#newComment(connection, document.id, input.text, input.mentions);
    await this.#storage.comments.addComment(thread.id, comment);
    return this.#changed(document, thread.id);
  }

  async #ownComment(
    connection: Connection,
    documentId: string,
    threadId: string,
    commentId: string,
  ) {
    requireCommenter(connection);
    const thread = await this.#threadOf(documentId, threadId);
    const index = thread.comments.findIndex((comment) => comment.id === commentId);
    const comment = thread.comments[index];
    if (!comment) throw new RequestError(REQUEST_ERROR.notFound, commentTexts.commentNotFound);
    if (!mayChangeComment(connection.identity.role, connection.identity.userId, comment)) {
      throw new RequestError(REQUEST_ERROR.forbidden, commentTexts.notAuthor);
    }
    return { thread, comment, index };
  }

  async #edit({ connection, document, payload }: RequestContext): Promise<CommentThread> {
    const input = parsePayload(editCommentSchema, payload);
    const { thread, comment } = await this.#ownComment(
      connection,
      document.id,
      input.threadId,
      input.commentId,
    );
    await this.#storage.comments.updateComment(comment.id, {
      text: input.text,
      mentions: await this.#mentionsOf(document.id, input.mentions, input.text),
      editedAt: new Date().toISOString(),
    });
    return this.#changed(document, thread.id);
  }

  async #delete({ connection, document, payload }: RequestContext) {
    const input = parsePayload(deleteCommentSchema, payload);
    const { thread, comment, index } = await this.#ownComment(
      connection,
      document.id,
      input.threadId,
      input.commentId,
    );
    const othersRemain = thread.comments.some((other, at) => at !== index && !other.deleted);
    if (!othersRemain) {
      await this.#storage.comments.deleteThread(thread.id);
      this.#publish(document, { deletedThreadId: thread.id });
      return { threadId: thread.id, threadDeleted: true };
    }
    if (index === 0) await this.#storage.comments.tombstoneComment(comment.id);
    else await this.#storage.comments.deleteComment(comment.id);
    await this.#changed(document, thread.id);
    return { threadId: thread.id, threadDeleted: false };
  }

  async #setStatus(
    { connection, document, payload }: RequestContext,
    status: 'open' | 'resolved',
  ): Promise<CommentThread> {
    const { threadId } = parsePayload(threadStatusSchema, payload);
    const thread = await this.#threadOf(document.id, threadId);
    const { userId, displayName, role } = connection.identity;
    if (!mayResolveThread(role, userId, thread)) {
      throw new RequestError(REQUEST_ERROR.forbidden, commentTexts.mayNotResolve);
    }
    if (thread.status === status) return thread;
    const resolved = status === 'resolved';
    await this.#storage.comments.setStatus(thread.id, {
      status,
      resolvedBy: resolved ? { userId, name: displayName } : null,
      resolvedAt: resolved ? new Date().toISOString() : null,
    });
    return this.#changed(document, thread.id);
  }

  async #reanchor({ connection, document, payload }: RequestContext): Promise<CommentThread> {
    requireCommenter(connection);
    const input = parsePayload(reanchorSchema, payload);
    const thread = await this.#threadOf(document.id, input.threadId);
    const fragment = document.doc.getXmlFragment(CONTENT_FRAGMENT);
    if (!resolveAnchorRange(document.doc, fragment, input)) {
      throw new RequestError(REQUEST_ERROR.invalidPayload, commentTexts.detachedAnchor);
    }
    await this.#storage.comments.moveAnchor(thread.id, input.start, input.end);
    return this.#changed(document, thread.id);
  }

  async #markMentionsSeen({ connection, document }: RequestContext) {
    const at = new Date().toISOString();
    await this.#storage.comments.markMentionsSeen(document.id, connection.identity.userId, at);
    return { mentionsSeenAt: at };
  }
}

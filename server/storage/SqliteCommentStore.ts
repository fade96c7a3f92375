import type Database from 'better-sqlite3';
import type { Comment, CommentThread, Mention } from '../../shared/comments/CommentThread.ts';
import type { CommentStore } from './CommentStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS comment_threads (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  anchor_start TEXT NOT NULL,
  anchor_end TEXT NOT NULL,
  quote TEXT NOT NULL,
  section_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
  resolved_by_id TEXT,
  resolved_by_name TEXT,
  resolved_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comment_threads_by_document ON comment_threads (document_id, created_at);
CREATE TABLE IF NOT EXISTS comments (
  id TEXT PRIMARY KEY,
  thread_id TEXT NOT NULL REFERENCES comment_threads(id) ON DELETE CASCADE,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  author_color TEXT NOT NULL,
  text TEXT NOT NULL,
  mentions TEXT NOT NULL,
  created_at TEXT NOT NULL,
  edited_at TEXT,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS comments_by_thread ON comments (thread_id, created_at);
CREATE TABLE IF NOT EXISTS comment_mention_reads (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (document_id, user_id)
);
`;

interface ThreadRow {
  id: string;
  anchor_start: string;
  anchor_end: string;
  quote: string;
  section_id: string | null;
  status: 'open' | 'resolved';
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  resolved_at: string | null;
  created_at: string;
}

interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  author_name: string;
  author_color: string;
  text: string;
  mentions: string;
  created_at: string;
  edited_at: string | null;
  deleted: number;
}

function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name,
    authorColor: row.author_color,
    text: row.text,
    mentions: JSON.parse(row.mentions) as Mention[],
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deleted: row.deleted === 1,
  };
}

function toThread(row: ThreadRow, comments: Comment[]): CommentThread {
  return {
    id: row.id,
    anchor: {
      start: row.anchor_start,
      end: row.anchor_end,
      quote: row.quote,
      sectionId: row.section_id,
    },
    status: row.status,
    resolvedBy:
      row.resolved_by_id !== null
        ? { userId: row.resolved_by_id, name: row.resolved_by_name ?? '' }
        : null,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    comments,
  };
}

/** Comment threads in the server's SQLite file. */
export class SqliteCommentStore implements CommentStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      threads: db.prepare<[string], ThreadRow>(
        'SELECT * FROM comment_threads WHERE document_id = ? ORDER BY created_at, rowid',
      ),
      thread: db.prepare<[string, string], ThreadRow>(
        'SELECT * FROM comment_threads WHERE document_id = ? AND id = ?',
      ),
      commentsOfDocument: db.prepare<[string], CommentRow>(
        `SELECT comments.* FROM comments JOIN comment_threads ON comments.thread_id = comment_threads.id
         WHERE comment_threads.document_id = ? ORDER BY comments.created_at, comments.rowid`,
      ),
      commentsOfThread: db.prepare<[string], CommentRow>(
        'SELECT * FROM comments WHERE thread_id = ? ORDER BY created_at, rowid',
      ),
      countThreads: db.prepare<[string], { count: number }>(
        'SELECT count(*) AS count FROM comment_threads WHERE document_id = ?',
      ),
      countOpen: db.prepare<[string], { count: number }>(
        "SELECT count(*) AS count FROM comment_threads WHERE document_id = ? AND status = 'open'",
      ),
      countComments: db.prepare<[string], { count: number }>(
        `SELECT count(*) AS count FROM comments JOIN comment_threads
         ON comments.thread_id = comment_threads.id WHERE comment_threads.document_id = ?`,
      ),
      moveAnchor: db.prepare(
        'UPDATE comment_threads SET anchor_start = ?, anchor_end = ? WHERE id = ?',
      ),
      insertThread: db.prepare(
        `INSERT INTO comment_threads (id, document_id, anchor_start, anchor_end, quote, section_id,
         status, resolved_by_id, resolved_by_name, resolved_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertComment: db.prepare(
        `INSERT INTO comments (id, thread_id, author_id, author_name, author_color, text, mentions,
         created_at, edited_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateComment: db.prepare(
        'UPDATE comments SET text = ?, mentions = ?, edited_at = ? WHERE id = ?',
      ),
      tombstone: db.prepare(
        "UPDATE comments SET text = '', mentions = '[]', deleted = 1 WHERE id = ?",
      ),
      deleteComment: db.prepare('DELETE FROM comments WHERE id = ?'),
      deleteThread: db.prepare('DELETE FROM comment_threads WHERE id = ?'),
      setStatus: db.prepare(
        `UPDATE comment_threads SET status = ?, resolved_by_id = ?, resolved_by_name = ?,
         resolved_at = ? WHERE id = ?`,
      ),
      seenAt: db.prepare<[string, string], { seen_at: string }>(
        'SELECT seen_at FROM comment_mention_reads WHERE document_id = ? AND user_id = ?',
      ),
      markSeen: db.prepare(
        `INSERT INTO comment_mention_reads (document_id, user_id, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (document_id, user_id) DO UPDATE SET seen_at = excluded.seen_at`,
      ),
    };
  }

  async listThreads(documentId: string): Promise<CommentThread[]> {
    const byThread = new Map<string, Comment[]>();
    for (const row of this.#statements.commentsOfDocument.all(documentId)) {
      const comments = byThread.get(row.thread_id) ?? [];
      comments.push(toComment(row));
      byThread.set(row.thread_id, comments);
    }
    return this.#statements.threads
      .all(documentId)
      .map((row) => toThread(row, byThread.get(row.id) ?? []))
      .filter((thread) => thread.comments.length > 0);
  }

  async getThread(documentId: string, threadId: string): Promise<CommentThread | undefined> {
    const row = this.#statements.thread.get(documentId, threadId);
    if (!row) return undefined;
    return toThread(row, this.#statements.commentsOfThread.all(threadId).map(toComment));
  }

  async countThreads(documentId: string): Promise<number> {
    return this.#statements.countThreads.get(documentId)?.count ?? 0;
  }

  async countOpenThreads(documentId: string): Promise<number> {
    return this.#statements.countOpen.get(documentId)?.count ?? 0;
  }

  async countComments(documentId: string): Promise<number> {
    return this.#statements.countComments.get(documentId)?.count ?? 0;
  }

  async moveAnchor(threadId: string, start: string, end: string): Promise<void> {
    this.#statements.moveAnchor.run(start, end, threadId);
  }

  async createThread(documentId: string, thread: CommentThread): Promise<void> {
    this.#db.transaction(() => {
      const { anchor } = thread;
      this.#statements.insertThread.run(
        thread.id,
        documentId,
        anchor.start,
        anchor.end,
        anchor.quote,
        anchor.sectionId,
        thread.status,
        thread.resolvedBy?.userId ?? null,
        thread.resolvedBy?.name ?? null,
        thread.resolvedAt,
        thread.createdAt,
      );
      for (const comment of thread.comments) this.#insertComment(thread.id, comment);
    })();
  }

  async addComment(threadId: string, comment: Comment): Promise<void> {
    this.#insertComment(threadId, comment);
  }

  #insertComment(threadId: string, comment: Comment): void {
    this.#statements.insertComment.run(
      comment.id,
      threadId,
      comment.authorId,
      comment.authorName,
      comment.authorColor,
      comment.text,
      JSON.stringify(comment.mentions),
      comment.createdAt,
      comment.editedAt,
      comment.deleted ? 1 : 0,
    );
  }

  async updateComment(
    commentId: string,
    changes: Pick<Comment, 'text' | 'mentions' | 'editedAt'>,
  ): Promise<void> {
    this.#statements.updateComment.run(
      changes.text,
      JSON.stringify(changes.mentions),
      changes.editedAt,
      commentId,
    );
  }

  async tombstoneComment(commentId: string): Promise<void> {
    this.#statements.tombstone.run(commentId);
  }

  async deleteComment(commentId: string): Promise<void> {
    this.#statements.deleteComment.run(commentId);
  }

  async deleteThread(threadId: string): Promise<void> {
    this.#statements.deleteThread.run(threadId);
  }

  async setStatus(
    threadId: string,
    status: Pick<CommentThread, 'status' | 'resolvedBy' | 'resolvedAt'>,
  ): Promise<void> {
    this.#statements.setStatus.run(
      status.status,
      status.resolvedBy?.userId ?? null,
      status.resolvedBy?.name ?? null,
      status.resolvedAt,
      threadId,
    );
  }

  async mentionsSeenAt(documentId: string, userId: string): Promise<string | null> {
    return this.#statements.seenAt.get(documentId, userId)?.seen_at ?? null;
  }

  async markMentionsSeen(documentId: string, userId: string, at: string): Promise<void> {
    this.#statements.markSeen.run(documentId, userId, at);
  }
}

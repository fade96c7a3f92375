import type Database from 'better-sqlite3';
import type { SessionStore, StoredSession } from './SessionStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ip TEXT,
  user_agent TEXT
);
CREATE INDEX IF NOT EXISTS sessions_by_user ON sessions (user_id);
`;

interface SessionRow {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

function toSession(row: SessionRow): StoredSession {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    ip: row.ip,
    userAgent: row.user_agent,
  };
}

/** Login sessions in the server's SQLite file. */
export class SqliteSessionStore implements SessionStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      insert: db.prepare(
        `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, ip,
         user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      byTokenHash: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?'),
      byUser: db.prepare<[string], SessionRow>(
        'SELECT * FROM sessions WHERE user_id = ? ORDER BY last_seen_at DESC',
      ),
      touch: db.prepare('UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id = ?'),
      delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
      idsOfUser: db.prepare<[string, string], { id: string }>(
        'SELECT id FROM sessions WHERE user_id = ? AND id != ?',
      ),
      deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
    };
  }

  async create(session: StoredSession): Promise<void> {
    this.#statements.insert.run(
      session.id,
      session.tokenHash,
      session.userId,
      session.createdAt,
      session.lastSeenAt,
      session.expiresAt,
      session.ip,
      session.userAgent,
    );
  }

  async findByTokenHash(tokenHash: string): Promise<StoredSession | undefined> {
    const row = this.#statements.byTokenHash.get(tokenHash);
    return row ? toSession(row) : undefined;
  }

  async listForUser(userId: string): Promise<StoredSession[]> {
    return this.#statements.byUser.all(userId).map(toSession);
  }

  async touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    this.#statements.touch.run(lastSeenAt, expiresAt, id);
  }

  async delete(id: string): Promise<boolean> {
    return this.#statements.delete.run(id).changes > 0;
  }

  async deleteForUser(userId: string, keepId = ''): Promise<string[]> {
    return this.#db.transaction(() => {
      const ids = this.#statements.idsOfUser.all(userId, keepId).map((row) => row.id);
      for (const id of ids) this.#statements.delete.run(id);
      return ids;
    })();
  }

  async deleteExpired(now: string): Promise<number> {
    return this.#statements.deleteExpired.run(now).changes;
  }
}

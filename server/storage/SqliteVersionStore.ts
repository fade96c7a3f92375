import type Database from 'better-sqlite3';
import type {
  ReviewEvent,
  ReviewStatus,
  VersionKind,
  VersionSummary,
} from '../../shared/versions/versionApi.ts';
import { FrozenVersionError } from './FrozenVersionError.ts';
import type { NewVersion, ReviewTransition, VersionStore } from './VersionStore.ts';

// The triggers hold for every statement, so no route, however it is written, changes or
// removes a submitted version. Deleting its report is refused by them too (see the 409 route).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  author_id TEXT,
  author_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state BLOB NOT NULL,
  size INTEGER NOT NULL,
  characters INTEGER NOT NULL,
  outline_errors INTEGER NOT NULL,
  outline_warnings INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
  sha256 TEXT,
  open_thread_count INTEGER
);
CREATE INDEX IF NOT EXISTS versions_by_document ON versions (document_id, created_at);
CREATE INDEX IF NOT EXISTS versions_by_content ON versions (document_id, content_hash);
CREATE TRIGGER IF NOT EXISTS versions_frozen_no_update BEFORE UPDATE ON versions
WHEN old.frozen = 1 BEGIN SELECT RAISE(ABORT, 'submitted versions cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS versions_frozen_no_delete BEFORE DELETE ON versions
WHEN old.frozen = 1 BEGIN SELECT RAISE(ABORT, 'submitted versions cannot be deleted'); END;
CREATE TABLE IF NOT EXISTS review_states (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  status TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS review_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  action TEXT NOT NULL,
  user_id TEXT NOT NULL,
  user_name TEXT NOT NULL,
  at TEXT NOT NULL,
  comment TEXT,
  version_id TEXT
);
CREATE INDEX IF NOT EXISTS review_events_by_document ON review_events (document_id, id);
`;

const SUMMARY_COLUMNS = `id, document_id, name, kind, author_id, author_name, created_at, size,
  characters, outline_errors, outline_warnings, frozen, sha256, open_thread_count`;

interface VersionRow {
  id: string;
  document_id: string;
  name: string;
  kind: VersionKind;
  author_id: string | null;
  author_name: string;
  created_at: string;
  size: number;
  characters: number;
  outline_errors: number;
  outline_warnings: number;
  frozen: 0 | 1;
  sha256: string | null;
  open_thread_count: number | null;
}

interface EventRow {
  action: ReviewEvent['action'];
  user_id: string;
  user_name: string;
  at: string;
  comment: string | null;
  version_id: string | null;
}

function toSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: row.kind,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    sizeBytes: row.size,
    characters: row.characters,
    outline: { errors: row.outline_errors, warnings: row.outline_warnings },
    frozen: row.frozen === 1,
    sha256: row.sha256,
    openThreadCount: row.open_thread_count,
  };
}

/** Versions and review state in the server's SQLite file. */
export class SqliteVersionStore implements VersionStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      list: db.prepare<[string], VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ?
         ORDER BY created_at DESC, rowid DESC`,
      ),
      get: db.prepare<[string, string], VersionRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM versions WHERE document_id = ? AND id = ?`,
      ),
      state: db.prepare<[string, string], { state: Buffer }>(
        'SELECT state FROM versions WHERE document_id = ? AND id = ?',
      ),
      hasContent: db.prepare<[string, string], { found: number }>(
        'SELECT 1 AS found FROM versions WHERE document_id = ? AND content_hash = ? LIMIT 1',
      ),
      insert: db.prepare(
        `INSERT INTO versions (id, document_id, name, kind, author_id, author_name, created_at,
         state, size, characters, outline_errors, outline_warnings, content_hash, frozen, sha256,
         open_thread_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      rename: db.prepare('UPDATE versions SET name = ? WHERE document_id = ? AND id = ?'),
      delete: db.prepare('DELETE FROM versions WHERE document_id = ? AND id = ?'),
      countFrozen: db.prepare<[string], { count: number }>(
        'SELECT count(*) AS count FROM versions WHERE document_id = ? AND frozen = 1',
      ),
      status: db.prepare<[string], { status: ReviewStatus }>(
        'SELECT status FROM review_states WHERE document_id = ?',
      ),
      putStatus: db.prepare(
        `INSERT INTO review_states (document_id, status, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET status = excluded.status,
         updated_at = excluded.updated_at`,
      ),
      events: db.prepare<[string], EventRow>(
        'SELECT * FROM review_events WHERE document_id = ? ORDER BY id',
      ),
      insertEvent: db.prepare(
        `INSERT INTO review_events (document_id, action, user_id, user_name, at, comment,
         version_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  async list(documentId: string): Promise<VersionSummary[]> {
    return this.#statements.list.all(documentId).map(toSummary);
  }

  async get(documentId: string, versionId: string): Promise<VersionSummary | undefined> {
    const row = this.#statements.get.get(documentId, versionId);
    return row ? toSummary(row) : undefined;
  }

  async readState(documentId: string, versionId: string): Promise<Uint8Array | undefined> {
    const row = this.#statements.state.get(documentId, versionId);
    if (!row) return undefined;
    return new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength);
  }

  async hasContent(documentId: string, contentHash: string): Promise<boolean> {
    return this.#statements.hasContent.get(documentId, contentHash) !== undefined;
  }

  async create(version: NewVersion): Promise<VersionSummary> {
    this.#insert(version);
    return (await this.get(version.documentId, version.id))!;
  }

  async rename(
    documentId: string,
    versionId: string,
    name: string,
  ): Promise<VersionSummary | undefined> {
    return this.#db.transaction(() => {
      const row = this.#statements.get.get(documentId, versionId);
      if (!row) return undefined;
      if (row.frozen === 1) throw new FrozenVersionError(versionId);
      this.#statements.rename.run(name, documentId, versionId);
      return toSummary({ ...row, name });
    })();
  }

  async delete(documentId: string, versionId: string): Promise<boolean> {
    return this.#db.transaction(() => {
      const row = this.#statements.get.get(documentId, versionId);
      if (!row) return false;
      if (row.frozen === 1) throw new FrozenVersionError(versionId);
      return this.#statements.delete.run(documentId, versionId).changes > 0;
    })();
  }

  async countFrozen(documentId: string): Promise<number> {
    return this.#statements.countFrozen.get(documentId)?.count ?? 0;
  }

  async reviewStatus(documentId: string): Promise<ReviewStatus> {
    return this.#statements.status.get(documentId)?.status ?? 'draft';
  }

  async reviewHistory(documentId: string): Promise<ReviewEvent[]> {
    return this.#statements.events.all(documentId).map((row) => ({
      action: row.action,
      userId: row.user_id,
      userName: row.user_name,
      at: row.at,
      comment: row.comment,
      versionId: row.version_id,
    }));
  }

  async transition(
    documentId: string,
    { from, to, event }: ReviewTransition,
    frozen?: NewVersion,
  ): Promise<boolean> {
    return this.#db.transaction(() => {
      const status = this.#statements.status.get(documentId)?.status ?? 'draft';
      if (!from.includes(status)) return false;
      if (frozen) this.#insert(frozen);
      this.#statements.putStatus.run(documentId, to, event.at);
      this.#statements.insertEvent.run(
        documentId,
        event.action,
        event.userId,
        event.userName,
        event.at,
        event.comment,
        event.versionId,
      );
      return true;
    })();
  }

  #insert(version: NewVersion): void {
    const { state, outline, submission } = version;
    this.#statements.insert.run(
      version.id,
      version.documentId,
      version.name,
      version.kind,
      version.authorId,
      version.authorName,
      version.createdAt,
      Buffer.from(state.buffer, state.byteOffset, state.byteLength),
      state.byteLength,
      version.characters,
      outline.errors,
      outline.warnings,
      version.contentHash,
      submission ? 1 : 0,
      submission?.sha256 ?? null,
      submission?.openThreadCount ?? null,
    );
  }
}

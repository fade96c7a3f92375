import type Database from 'better-sqlite3';

/** What SQLite says when a statement would change or remove a submitted version. */
export const FROZEN_TRIGGER_MESSAGES = {
  changed: 'submitted versions cannot be changed',
  deleted: 'submitted versions cannot be deleted',
} as const;

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
CREATE INDEX IF NOT EXISTS versions_by_kind ON versions (document_id, kind, created_at);
CREATE TRIGGER IF NOT EXISTS versions_frozen_no_update BEFORE UPDATE ON versions
WHEN old.frozen = 1 BEGIN SELECT RAISE(ABORT, '${FROZEN_TRIGGER_MESSAGES.changed}'); END;
CREATE TRIGGER IF NOT EXISTS versions_frozen_no_delete BEFORE DELETE ON versions
WHEN old.frozen = 1 BEGIN SELECT RAISE(ABORT, '${FROZEN_TRIGGER_MESSAGES.deleted}'); END;
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

// Columns added after the first release; files written before get them, empty, on opening.
const ADDED_COLUMNS: ReadonlyArray<[table: string, column: string, type: string]> = [
  // What a submitted version was frozen with: findings JSON, template id, the hashed text.
  ['versions', 'findings', 'TEXT'],
  ['versions', 'template_id', 'TEXT'],
  ['versions', 'frozen_text', 'TEXT'],
  ['review_events', 'changed_since_request', 'INTEGER'],
];

/** Creates the versions and review tables, or brings older ones up to date. */
export function createVersionSchema(db: Database.Database): void {
  db.exec(SCHEMA);
  for (const [table, column, type] of ADDED_COLUMNS) {
    const columns = db.prepare<[], { name: string }>(`PRAGMA table_info(${table})`).all();
    if (!columns.some((existing) => existing.name === column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
    }
  }
}

/** Whether `error` is SQLite refusing to remove a submitted version (e.g. with its report). */
export function isFrozenDeletionRefusal(error: unknown): boolean {
  return error instanceof Error && error.message.includes(FROZEN_TRIGGER_MESSAGES.deleted);
}

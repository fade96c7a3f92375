import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { SqliteAuditStore } from './SqliteAuditStore.ts';
import { SqliteCommentStore } from './SqliteCommentStore.ts';
import { SqliteLockStore } from './SqliteLockStore.ts';
import { SqliteMemberStore } from './SqliteMemberStore.ts';
import { SqliteSessionStore } from './SqliteSessionStore.ts';
import { SqliteUserStore } from './SqliteUserStore.ts';
import { SqliteVersionStore } from './SqliteVersionStore.ts';
import type { DocumentChanges, NewDocument, Storage, StoredContent } from './Storage.ts';

// 2: users, sessions, document members and the audit log. 3: section locks. 4: comments.
// 5: versions and review state.
const SCHEMA_VERSION = 5;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_states (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  state BLOB NOT NULL,
  compacted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS document_updates (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (document_id, id);
`;

interface DocumentRow {
  id: string;
  title: string;
  template: string;
  created_at: string;
  updated_at: string;
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    template: row.template,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toBytes(blob: Buffer): Uint8Array {
  return new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength);
}

/** Storage in one SQLite file (WAL), `<dataDir>/codraft.sqlite`. */
export class SqliteStorage implements Storage {
  readonly users: SqliteUserStore;
  readonly sessions: SqliteSessionStore;
  readonly members: SqliteMemberStore;
  readonly audit: SqliteAuditStore;
  readonly locks: SqliteLockStore;
  readonly comments: SqliteCommentStore;
  readonly versions: SqliteVersionStore;
  readonly #db: Database.Database;
  readonly #statements;

  constructor(dataDir: string, options: { synchronous: 'normal' | 'full' }) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.#db = new Database(path.join(dataDir, 'codraft.sqlite'));
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.#db.pragma('foreign_keys = ON');
    this.#db.pragma('busy_timeout = 5000');
    const db = this.#db;
    this.#checkVersion();
    db.exec(SCHEMA);
    this.users = new SqliteUserStore(db);
    this.sessions = new SqliteSessionStore(db);
    this.members = new SqliteMemberStore(db);
    this.audit = new SqliteAuditStore(db);
    this.locks = new SqliteLockStore(db);
    this.comments = new SqliteCommentStore(db);
    this.versions = new SqliteVersionStore(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.#statements = {
      list: db.prepare<[], DocumentRow>(
        'SELECT * FROM documents ORDER BY updated_at DESC, rowid DESC',
      ),
      get: db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?'),
      insertDocument: db.prepare(
        'INSERT INTO documents (id, title, template, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      updateDocument: db.prepare(
        `UPDATE documents SET title = coalesce(?, title), template = coalesce(?, template),
         updated_at = ? WHERE id = ?`,
      ),
      touch: db.prepare('UPDATE documents SET updated_at = ? WHERE id = ?'),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
      getState: db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM document_states WHERE document_id = ?',
      ),
      putState: db.prepare(
        `INSERT INTO document_states (document_id, state, compacted_at) VALUES (?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET state = excluded.state,
         compacted_at = excluded.compacted_at`,
      ),
      listUpdates: db.prepare<[string], { id: number; data: Buffer }>(
        'SELECT id, data FROM document_updates WHERE document_id = ? ORDER BY id',
      ),
      appendUpdate: db.prepare('INSERT INTO document_updates (document_id, data) VALUES (?, ?)'),
      deleteUpdatesUpTo: db.prepare(
        'DELETE FROM document_updates WHERE document_id = ? AND id <= ?',
      ),
    };
  }

  /** Every table is created if missing, so opening an older file upgrades it in place. */
  #checkVersion(): void {
    const version = this.#db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`Database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
    }
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return this.#statements.list.all().map(toSummary);
  }

  async getDocument(id: string): Promise<DocumentSummary | undefined> {
    const row = this.#statements.get.get(id);
    return row ? toSummary(row) : undefined;
  }

  async createDocument(document: NewDocument): Promise<DocumentSummary> {
    const now = new Date().toISOString();
    this.#db.transaction(() => {
      this.#statements.insertDocument.run(document.id, document.title, document.template, now, now);
      this.#statements.putState.run(document.id, Buffer.from(document.initialState), now);
      if (document.ownerId) this.members.insert(document.id, document.ownerId, 'owner', now);
    })();
    return {
      id: document.id,
      title: document.title,
      template: document.template,
      createdAt: now,
      updatedAt: now,
    };
  }

  async updateDocument(id: string, changes: DocumentChanges): Promise<DocumentSummary | undefined> {
    const now = new Date().toISOString();
    const result = this.#statements.updateDocument.run(
      changes.title ?? null,
      changes.template ?? null,
      now,
      id,
    );
    return result.changes ? this.getDocument(id) : undefined;
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.#statements.deleteDocument.run(id).changes > 0;
  }

  async loadContent(id: string): Promise<StoredContent> {
    return this.#db.transaction(() => {
      const updates: Uint8Array[] = [];
      const state = this.#statements.getState.get(id);
      if (state) updates.push(toBytes(state.state));
      let lastUpdateId = 0;
      let logLength = 0;
      for (const row of this.#statements.listUpdates.iterate(id)) {
        updates.push(toBytes(row.data));
        lastUpdateId = row.id;
        logLength++;
      }
      return { updates, lastUpdateId, logLength };
    })();
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    return this.#db.transaction(() => {
      const result = this.#statements.appendUpdate.run(
        id,
        Buffer.from(update.buffer, update.byteOffset, update.byteLength),
      );
      this.#statements.touch.run(new Date().toISOString(), id);
      return Number(result.lastInsertRowid);
    })();
  }

  async compact(id: string, state: Uint8Array, upToUpdateId: number): Promise<void> {
    this.#db.transaction(() => {
      this.#statements.putState.run(
        id,
        Buffer.from(state.buffer, state.byteOffset, state.byteLength),
        new Date().toISOString(),
      );
      this.#statements.deleteUpdatesUpTo.run(id, upToUpdateId);
    })();
  }

  releaseMemory(): void {
    if (this.#db.open) this.#db.pragma('shrink_memory');
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

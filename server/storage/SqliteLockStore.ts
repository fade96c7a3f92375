import type Database from 'better-sqlite3';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { LockStore } from './LockStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS section_locks (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL,
  holder_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  holder_name TEXT NOT NULL,
  holder_color TEXT NOT NULL,
  since TEXT NOT NULL,
  last_edit_at TEXT NOT NULL,
  PRIMARY KEY (document_id, section_id)
);
`;

interface LockRow {
  section_id: string;
  holder_id: string;
  holder_name: string;
  holder_color: string;
  since: string;
  last_edit_at: string;
}

/** Section locks in the server's SQLite file. */
export class SqliteLockStore implements LockStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      byDocument: db.prepare<[string], LockRow>(
        'SELECT * FROM section_locks WHERE document_id = ? ORDER BY since, rowid',
      ),
      put: db.prepare(
        `INSERT INTO section_locks
         (document_id, section_id, holder_id, holder_name, holder_color, since, last_edit_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, section_id) DO UPDATE SET holder_id = excluded.holder_id,
         holder_name = excluded.holder_name, holder_color = excluded.holder_color,
         since = excluded.since, last_edit_at = excluded.last_edit_at`,
      ),
      delete: db.prepare('DELETE FROM section_locks WHERE document_id = ? AND section_id = ?'),
      touch: db.prepare(
        'UPDATE section_locks SET last_edit_at = ? WHERE document_id = ? AND section_id = ?',
      ),
    };
  }

  async listForDocument(documentId: string): Promise<SectionLock[]> {
    return this.#statements.byDocument.all(documentId).map((row) => ({
      sectionId: row.section_id,
      holderId: row.holder_id,
      holderName: row.holder_name,
      holderColor: row.holder_color,
      since: row.since,
      lastEditAt: row.last_edit_at,
    }));
  }

  async grant(documentId: string, lock: SectionLock, released: readonly string[]): Promise<void> {
    this.#db.transaction(() => {
      for (const sectionId of released) this.#statements.delete.run(documentId, sectionId);
      this.#statements.put.run(
        documentId,
        lock.sectionId,
        lock.holderId,
        lock.holderName,
        lock.holderColor,
        lock.since,
        lock.lastEditAt,
      );
    })();
  }

  async release(documentId: string, sectionIds: readonly string[]): Promise<void> {
    this.#db.transaction(() => {
      for (const sectionId of sectionIds) this.#statements.delete.run(documentId, sectionId);
    })();
  }

  async touch(documentId: string, sectionId: string, lastEditAt: string): Promise<void> {
    this.#statements.touch.run(lastEditAt, documentId, sectionId);
  }
}

import type Database from 'better-sqlite3';
import type { AuditEntry } from '../../shared/auth/authApi.ts';
import type { AuditStore, NewAuditEntry } from './AuditStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT,
  actor_username TEXT,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT,
  ip TEXT
);
`;

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  target: string | null;
  detail: string | null;
  ip: string | null;
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor_id === null ? null : { id: row.actor_id, username: row.actor_username ?? '' },
    action: row.action,
    target: row.target,
    detail: row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>),
    ip: row.ip,
  };
}

/** The audit log in the server's SQLite file; entries are never changed or removed. */
export class SqliteAuditStore implements AuditStore {
  readonly #statements;

  constructor(db: Database.Database) {
    db.exec(SCHEMA);
    this.#statements = {
      insert: db.prepare(
        `INSERT INTO audit_log (at, actor_id, actor_username, action, target, detail, ip)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      newest: db.prepare<[number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?'),
      before: db.prepare<[number, number], AuditRow>(
        'SELECT * FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT ?',
      ),
    };
  }

  async append(entry: NewAuditEntry): Promise<void> {
    this.#statements.insert.run(
      new Date().toISOString(),
      entry.actor?.id ?? null,
      entry.actor?.username ?? null,
      entry.action,
      entry.target,
      entry.detail === null ? null : JSON.stringify(entry.detail),
      entry.ip,
    );
  }

  async list(options: { before?: number; limit: number }): Promise<AuditEntry[]> {
    const rows =
      options.before === undefined
        ? this.#statements.newest.all(options.limit)
        : this.#statements.before.all(options.before, options.limit);
    return rows.map(toEntry);
  }
}

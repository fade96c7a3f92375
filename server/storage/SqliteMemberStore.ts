import type Database from 'better-sqlite3';
import { ROLES, type Role } from '../../shared/auth/roles.ts';
import type { MemberStore, StoredMember } from './MemberStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS document_members (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN (${ROLES.map((role) => `'${role}'`).join(', ')})),
  added_at TEXT NOT NULL,
  PRIMARY KEY (document_id, user_id)
);
CREATE INDEX IF NOT EXISTS document_members_by_user ON document_members (user_id);
`;

interface MemberRow {
  document_id: string;
  user_id: string;
  role: Role;
  added_at: string;
}

function toMember(row: MemberRow): StoredMember {
  return {
    documentId: row.document_id,
    userId: row.user_id,
    role: row.role,
    addedAt: row.added_at,
  };
}

/** Report memberships in the server's SQLite file. */
export class SqliteMemberStore implements MemberStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      byDocument: db.prepare<[string], MemberRow>(
        'SELECT * FROM document_members WHERE document_id = ? ORDER BY added_at, rowid',
      ),
      byUser: db.prepare<[string], MemberRow>('SELECT * FROM document_members WHERE user_id = ?'),
      get: db.prepare<[string, string], MemberRow>(
        'SELECT * FROM document_members WHERE document_id = ? AND user_id = ?',
      ),
      insert: db.prepare(
        `INSERT INTO document_members (document_id, user_id, role, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      ),
      setRole: db.prepare(
        'UPDATE document_members SET role = ? WHERE document_id = ? AND user_id = ?',
      ),
      delete: db.prepare('DELETE FROM document_members WHERE document_id = ? AND user_id = ?'),
      owners: db.prepare<[string], { count: number }>(
        `SELECT count(*) AS count FROM document_members WHERE document_id = ? AND role = 'owner'`,
      ),
    };
  }

  /** Inserts a membership inside the caller's transaction (document creation). */
  insert(documentId: string, userId: string, role: Role, addedAt: string): boolean {
    return this.#statements.insert.run(documentId, userId, role, addedAt).changes > 0;
  }

  async listForDocument(documentId: string): Promise<StoredMember[]> {
    return this.#statements.byDocument.all(documentId).map(toMember);
  }

  async rolesOfUser(userId: string): Promise<Map<string, Role>> {
    return new Map(this.#statements.byUser.all(userId).map((row) => [row.document_id, row.role]));
  }

  async roleOf(documentId: string, userId: string): Promise<Role | undefined> {
    return this.#statements.get.get(documentId, userId)?.role;
  }

  async add(documentId: string, userId: string, role: Role): Promise<StoredMember | 'exists'> {
    const addedAt = new Date().toISOString();
    if (!this.insert(documentId, userId, role, addedAt)) return 'exists';
    return { documentId, userId, role, addedAt };
  }

  async changeRole(
    documentId: string,
    userId: string,
    role: Role,
  ): Promise<StoredMember | 'notMember' | 'lastOwner'> {
    return this.#db.transaction((): StoredMember | 'notMember' | 'lastOwner' => {
      const row = this.#statements.get.get(documentId, userId);
      if (!row) return 'notMember';
      if (this.#isLastOwner(row) && role !== 'owner') return 'lastOwner';
      this.#statements.setRole.run(role, documentId, userId);
      return toMember({ ...row, role });
    })();
  }

  async remove(documentId: string, userId: string): Promise<'removed' | 'notMember' | 'lastOwner'> {
    return this.#db.transaction((): 'removed' | 'notMember' | 'lastOwner' => {
      const row = this.#statements.get.get(documentId, userId);
      if (!row) return 'notMember';
      if (this.#isLastOwner(row)) return 'lastOwner';
      this.#statements.delete.run(documentId, userId);
      return 'removed';
    })();
  }

  #isLastOwner(row: MemberRow): boolean {
    return row.role === 'owner' && this.#statements.owners.get(row.document_id)!.count <= 1;
  }
}

import type Database from 'better-sqlite3';
import type { NewUser, StoredUser, UserChanges, UserStore } from './UserStore.ts';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  color TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
`;

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  color: string;
  password_hash: string;
  is_admin: number;
  disabled: number;
  created_at: string;
}

function toUser(row: UserRow): StoredUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    color: row.color,
    passwordHash: row.password_hash,
    isAdmin: row.is_admin === 1,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

/** Users in the server's SQLite file. */
export class SqliteUserStore implements UserStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    db.exec(SCHEMA);
    this.#statements = {
      count: db.prepare<[], { count: number }>('SELECT count(*) AS count FROM users'),
      list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
      get: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      byUsername: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
      insert: db.prepare(
        `INSERT INTO users (id, username, display_name, color, password_hash, is_admin, disabled,
         created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      update: db.prepare(
        `UPDATE users SET display_name = coalesce(?, display_name),
         password_hash = coalesce(?, password_hash), is_admin = coalesce(?, is_admin),
         disabled = coalesce(?, disabled) WHERE id = ?`,
      ),
      enabledAdmins: db.prepare<[], { count: number }>(
        'SELECT count(*) AS count FROM users WHERE is_admin = 1 AND disabled = 0',
      ),
    };
  }

  async count(): Promise<number> {
    return this.#statements.count.get()!.count;
  }

  async list(): Promise<StoredUser[]> {
    return this.#statements.list.all().map(toUser);
  }

  async get(id: string): Promise<StoredUser | undefined> {
    const row = this.#statements.get.get(id);
    return row ? toUser(row) : undefined;
  }

  async findByUsername(username: string): Promise<StoredUser | undefined> {
    const row = this.#statements.byUsername.get(username);
    return row ? toUser(row) : undefined;
  }

  async create(user: NewUser): Promise<StoredUser | undefined> {
    return this.#insert(user);
  }

  async createFirst(user: NewUser): Promise<StoredUser | undefined> {
    return this.#db.transaction(() =>
      this.#statements.count.get()!.count === 0 ? this.#insert(user) : undefined,
    )();
  }

  async update(id: string, changes: UserChanges): Promise<StoredUser | 'notFound' | 'lastAdmin'> {
    const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);
    return this.#db.transaction((): StoredUser | 'notFound' | 'lastAdmin' => {
      const row = this.#statements.get.get(id);
      if (!row) return 'notFound';
      const wasEnabledAdmin = row.is_admin === 1 && row.disabled === 0;
      const staysEnabledAdmin = changes.isAdmin !== false && changes.disabled !== true;
      if (
        wasEnabledAdmin &&
        !staysEnabledAdmin &&
        this.#statements.enabledAdmins.get()!.count <= 1
      ) {
        return 'lastAdmin';
      }
      this.#statements.update.run(
        changes.displayName ?? null,
        changes.passwordHash ?? null,
        flag(changes.isAdmin),
        flag(changes.disabled),
        id,
      );
      return toUser(this.#statements.get.get(id)!);
    })();
  }

  #insert(user: NewUser): StoredUser | undefined {
    const createdAt = new Date().toISOString();
    const result = this.#statements.insert.run(
      user.id,
      user.username,
      user.displayName,
      user.color,
      user.passwordHash,
      user.isAdmin ? 1 : 0,
      user.disabled ? 1 : 0,
      createdAt,
    );
    return result.changes > 0 ? { ...user, createdAt } : undefined;
  }
}

/** A login session; only a hash of its token is stored. */
export interface StoredSession {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface SessionStore {
  create(session: StoredSession): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<StoredSession | undefined>;
  listForUser(userId: string): Promise<StoredSession[]>;
  /** Slides the session: it was used at `lastSeenAt` and now lasts until `expiresAt`. */
  touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  /** False when there was no such session. */
  delete(id: string): Promise<boolean>;
  /** Ends every session of the user except `keepId`; resolves with the ended ids. */
  deleteForUser(userId: string, keepId?: string): Promise<string[]>;
  /** Forgets sessions that expired before `now`. */
  deleteExpired(now: string): Promise<number>;
}

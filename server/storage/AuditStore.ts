import type { AuditEntry } from '../../shared/auth/authApi.ts';

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>;

/** The append-only audit log. */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<void>;
  /** Newest first, entries with an id below `before` when given. */
  list(options: { before?: number; limit: number }): Promise<AuditEntry[]>;
}

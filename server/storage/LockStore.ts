import type { SectionLock } from '../../shared/locks/SectionLock.ts';

/** Section locks by document, so that they survive a restart. */
export interface LockStore {
  listForDocument(documentId: string): Promise<SectionLock[]>;
  /** Stores `lock` (replacing one on the same section) and drops `released` in one step. */
  grant(documentId: string, lock: SectionLock, released: readonly string[]): Promise<void>;
  release(documentId: string, sectionIds: readonly string[]): Promise<void>;
  /** Records the holder's last edit inside the locked section. */
  touch(documentId: string, sectionId: string, lastEditAt: string): Promise<void>;
}

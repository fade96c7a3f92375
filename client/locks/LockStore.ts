import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';

export type LockMap = ReadonlyMap<string, SectionLock>;

export interface LockStore extends ExternalStore<LockMap> {
  // The server always sends the complete set, which replaces what the client had.
  replace(locks: readonly SectionLock[]): void;
}

export function createLockStore(initial: readonly SectionLock[] = []): LockStore {
  const toMap = (locks: readonly SectionLock[]): LockMap =>
    new Map(locks.map((lock) => [lock.sectionId, lock]));
  const store = createExternalStore<LockMap>(toMap(initial));
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    replace: (locks) => store.set(toMap(locks)),
  };
}

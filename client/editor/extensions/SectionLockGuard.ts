import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { blockingLock } from '../../../shared/locks/lockRules.ts';
import type { SectionLock } from '../../../shared/locks/SectionLock.ts';
import type { LockMap } from '../../locks/LockStore.ts';
import type { ExternalStore } from '../../stores/createExternalStore.ts';
import { sectionHierarchyOf } from '../../locks/sectionHierarchyOf.ts';
import { sectionsTouchedByTransaction } from '../../locks/sectionsTouchedByTransaction.ts';

export interface SectionLockGuardOptions {
  locks: ExternalStore<LockMap> | null;
  // Whose locks do not block: the logged-in user.
  userId: string | null;
  onBlocked: ((lock: SectionLock) => void) | null;
}

// Refuses, before it happens, any local change to a section someone else has locked; the server
// would refuse it anyway and the client would have to reload. Colleagues' changes still come in.
export const SectionLockGuard = Extension.create<SectionLockGuardOptions>({
  name: 'sectionLockGuard',

  addOptions() {
    return { locks: null, userId: null, onBlocked: null };
  },

  addProseMirrorPlugins() {
    const { locks: lockStore, userId, onBlocked } = this.options;
    return [
      new Plugin({
        key: new PluginKey('sectionLockGuard'),
        filterTransaction: (transaction) => {
          if (!transaction.docChanged || !lockStore) return true;
          const locks = lockStore.getSnapshot();
          if (locks.size === 0) return true;
          const sync = transaction.getMeta(ySyncPluginKey) as
            { isChangeOrigin?: boolean } | undefined;
          if (sync?.isChangeOrigin === true) return true;
          const hierarchy = sectionHierarchyOf(transaction.before);
          for (const sectionId of sectionsTouchedByTransaction(transaction)) {
            const lock = blockingLock(hierarchy, locks, sectionId, userId ?? '');
            if (lock) {
              onBlocked?.(lock);
              return false;
            }
          }
          return true;
        },
      }),
    ];
  },
});

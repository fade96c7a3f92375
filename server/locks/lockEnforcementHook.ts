import { blockingLock } from '../../shared/locks/lockRules.ts';
import { sectionsTouchedByUpdate } from '../../shared/locks/sectionsTouchedByUpdate.ts';
import type { DocumentHooks, UpdateRejection } from '../collab/hooks.ts';
import type { LockManager } from './LockManager.ts';
import { lockTexts } from './lockTexts.ts';

const MISSING_DEPENDENCIES: UpdateRejection = {
  reason: 'invalid',
  message: lockTexts.missingDependencies,
};

/**
 * Refuses, whole, every update that inserts into, deletes from, or deletes a section locked by
 * someone other than the sender (the section or an ancestor is locked). While a document has
 * no lock this costs one map lookup. An update that builds on content the server lacks is
 * refused too: Yjs would keep it pending and integrate it later, unchecked.
 */
export function lockEnforcementHook(locks: LockManager): DocumentHooks {
  let accepted: { update: Uint8Array; sectionIds: ReadonlySet<string> } | null = null;
  return {
    name: 'lock-enforcement',

    beforeApplyUpdate({ documentId, doc, connection, update }) {
      accepted = null;
      const state = locks.documentLocks(documentId);
      if (!state || state.locks.size === 0) return undefined;
      const touched = sectionsTouchedByUpdate(doc, update);
      if (touched.missingDependencies) return MISSING_DEPENDENCIES;
      if (touched.sectionIds.size === 0) return undefined;
      const hierarchy = state.hierarchy(doc);
      const { userId } = connection.identity;
      for (const sectionId of touched.sectionIds) {
        const lock = blockingLock(hierarchy, state.locks, sectionId, userId);
        if (lock) {
          return {
            reason: 'locked',
            message: lockTexts.locked(lock),
            sectionId: lock.sectionId,
            holder: lock.holderName,
          };
        }
      }
      accepted = { update, sectionIds: touched.sectionIds };
      return undefined;
    },

    afterApplyUpdate({ documentId, connection, update }) {
      if (accepted?.update !== update) return;
      const { sectionIds } = accepted;
      accepted = null;
      locks.recordEdit(documentId, connection.identity.userId, sectionIds);
    },
  };
}

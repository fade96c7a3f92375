import type { SectionLock } from './SectionLock.ts';
import { ancestryOf, descendantsOf, type SectionHierarchy } from './SectionHierarchy.ts';

/** Why a claim is refused: the section itself, an ancestor or a descendant is held by someone else. */
export type LockConflict =
  | { kind: 'notFound' }
  | { kind: 'heldBySelf' | 'held' | 'ancestorHeld' | 'descendantHeld'; lock: SectionLock };

/**
 * Decides whether `userId` may claim `sectionId`. A claim is refused when the section, an
 * ancestor or a descendant is locked by another user. Re-claiming one's own lock, or a section
 * already covered by one's own ancestor lock, answers `heldBySelf` (nothing new to grant).
 * Locks the user holds on descendants do not block: the new lock subsumes them.
 */
export function findClaimConflict(
  hierarchy: SectionHierarchy,
  locks: ReadonlyMap<string, SectionLock>,
  sectionId: string,
  userId: string,
): LockConflict | null {
  if (!hierarchy.has(sectionId)) return { kind: 'notFound' };
  const [self, ...ancestors] = ancestryOf(hierarchy, sectionId);
  const own = locks.get(self!);
  if (own) return { kind: own.holderId === userId ? 'heldBySelf' : 'held', lock: own };
  for (const ancestor of ancestors) {
    const lock = locks.get(ancestor);
    if (lock) return { kind: lock.holderId === userId ? 'heldBySelf' : 'ancestorHeld', lock };
  }
  for (const descendant of descendantsOf(hierarchy, sectionId)) {
    const lock = locks.get(descendant);
    if (lock && lock.holderId !== userId) return { kind: 'descendantHeld', lock };
  }
  return null;
}

/** Own locks on descendants that a new claim on `sectionId` makes redundant. */
export function subsumedLocks(
  hierarchy: SectionHierarchy,
  locks: ReadonlyMap<string, SectionLock>,
  sectionId: string,
): SectionLock[] {
  return descendantsOf(hierarchy, sectionId)
    .map((id) => locks.get(id))
    .filter((lock): lock is SectionLock => lock !== undefined);
}

/**
 * The lock of another user that covers a section (the section or an ancestor is locked),
 * or null when `userId` may change it.
 */
export function blockingLock(
  hierarchy: SectionHierarchy,
  locks: ReadonlyMap<string, SectionLock>,
  sectionId: string,
  userId: string,
): SectionLock | null {
  for (const id of ancestryOf(hierarchy, sectionId)) {
    const lock = locks.get(id);
    if (lock && lock.holderId !== userId) return lock;
  }
  return null;
}

/** Roles that may take part in locking. */
export type LockRole = 'owner' | 'leader' | 'drafter' | 'viewer';

/** Whether a user may release a lock: its holder always; leaders and owners by force. */
export function mayRelease(lock: SectionLock, userId: string, role: LockRole): boolean {
  if (lock.holderId === userId) return role !== 'viewer';
  return role === 'leader' || role === 'owner';
}

/** Whether a role may claim sections at all. */
export function mayClaim(role: LockRole): boolean {
  return role !== 'viewer';
}

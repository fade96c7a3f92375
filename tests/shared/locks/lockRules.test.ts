import { describe, expect, it } from 'vitest';
import { indexSections } from '../../../shared/locks/SectionHierarchy.ts';
import {
  blockingLock,
  findClaimConflict,
  mayClaim,
  mayRelease,
  subsumedLocks,
} from '../../../shared/locks/lockRules.ts';
import type { SectionLock } from '../../../shared/locks/SectionLock.ts';
import type { SectionLevel } from '../../../shared/schema/nodeNames.ts';
import type { Section } from '../../../shared/schema/Report.ts';

function section(id: string, level: SectionLevel, children: Section[] = []): Section {
  return { id, level, runIn: false, heading: id, body: [], children };
}

// 一、(a) with （一）(a1) holding 1.(a1x), and （二）(a2); 二、(b)
const hierarchy = indexSections([
  section('a', 1, [section('a1', 2, [section('a1x', 3)]), section('a2', 2)]),
  section('b', 1),
]);

function lock(sectionId: string, holderId: string): SectionLock {
  return {
    sectionId,
    holderId,
    holderName: holderId,
    holderColor: '#000',
    since: '2026-11-25T00:00:00.000Z',
    lastEditAt: '2026-11-25T00:00:00.000Z',
  };
}

function locksOf(...entries: SectionLock[]): Map<string, SectionLock> {
  return new Map(entries.map((entry) => [entry.sectionId, entry]));
}

describe('findClaimConflict', () => {
  it('grants a free section', () => {
    expect(findClaimConflict(hierarchy, locksOf(), 'a1', 'alice')).toBeNull();
  });

  it('refuses a section held by someone else', () => {
    expect(findClaimConflict(hierarchy, locksOf(lock('a1', 'bob')), 'a1', 'alice')).toMatchObject({
      kind: 'held',
      lock: { holderId: 'bob' },
    });
  });

  it('refuses when an ancestor is held by someone else', () => {
    expect(findClaimConflict(hierarchy, locksOf(lock('a', 'bob')), 'a1x', 'alice')).toMatchObject({
      kind: 'ancestorHeld',
      lock: { sectionId: 'a' },
    });
  });

  it('refuses when a descendant is held by someone else', () => {
    expect(findClaimConflict(hierarchy, locksOf(lock('a1x', 'bob')), 'a', 'alice')).toMatchObject({
      kind: 'descendantHeld',
      lock: { sectionId: 'a1x' },
    });
  });

  it('lets siblings be held by different people', () => {
    expect(findClaimConflict(hierarchy, locksOf(lock('a1', 'bob')), 'a2', 'alice')).toBeNull();
    expect(findClaimConflict(hierarchy, locksOf(lock('a', 'bob')), 'b', 'alice')).toBeNull();
  });

  it('answers heldBySelf for the holder, on the section or below an own ancestor lock', () => {
    const locks = locksOf(lock('a', 'alice'));
    expect(findClaimConflict(hierarchy, locks, 'a', 'alice')?.kind).toBe('heldBySelf');
    expect(findClaimConflict(hierarchy, locks, 'a1x', 'alice')?.kind).toBe('heldBySelf');
  });

  it('lets the holder claim an ancestor of their own locks, which it subsumes', () => {
    const locks = locksOf(lock('a1x', 'alice'), lock('a2', 'alice'));
    expect(findClaimConflict(hierarchy, locks, 'a', 'alice')).toBeNull();
    expect(
      subsumedLocks(hierarchy, locks, 'a')
        .map((entry) => entry.sectionId)
        .sort(),
    ).toEqual(['a1x', 'a2']);
  });

  it('refuses an unknown section', () => {
    expect(findClaimConflict(hierarchy, locksOf(), 'zzz', 'alice')).toEqual({ kind: 'notFound' });
  });
});

describe('blockingLock', () => {
  const locks = locksOf(lock('a1', 'bob'));

  it('blocks others inside the locked subtree only', () => {
    expect(blockingLock(hierarchy, locks, 'a1', 'alice')?.holderId).toBe('bob');
    expect(blockingLock(hierarchy, locks, 'a1x', 'alice')?.holderId).toBe('bob');
    expect(blockingLock(hierarchy, locks, 'a', 'alice')).toBeNull();
    expect(blockingLock(hierarchy, locks, 'a2', 'alice')).toBeNull();
  });

  it('never blocks the holder', () => {
    expect(blockingLock(hierarchy, locks, 'a1x', 'bob')).toBeNull();
  });
});

describe('release and claim rights', () => {
  const held = lock('a1', 'bob');

  it('lets the holder release', () => {
    expect(mayRelease(held, 'bob', 'drafter')).toBe(true);
  });

  it('lets leaders and owners force-release, not other drafters or viewers', () => {
    expect(mayRelease(held, 'carol', 'leader')).toBe(true);
    expect(mayRelease(held, 'carol', 'owner')).toBe(true);
    expect(mayRelease(held, 'carol', 'drafter')).toBe(false);
    expect(mayRelease(held, 'carol', 'viewer')).toBe(false);
  });

  it('keeps viewers from claiming', () => {
    expect(mayClaim('viewer')).toBe(false);
    expect(mayClaim('drafter')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { canEditDocument } from '../../client/collaboration/canEditDocument.ts';
import {
  initialAccess,
  reduceAccess,
  type AccessEvent,
  type AccessState,
} from '../../client/collaboration/reduceAccess.ts';
import { ROLES, type Role } from '../../shared/auth/roles.ts';

const run = (events: AccessEvent[], isAdmin = false): AccessState =>
  events.reduce(reduceAccess, initialAccess(isAdmin));

const change = (userId: string, role: Role | null): AccessEvent => ({
  type: 'membershipChanged',
  payload: { userId, displayName: '李四', role },
  selfId: 'me',
});

describe('access to an open report', () => {
  it('lets every role but viewer edit, and no one before the role is known', () => {
    expect(canEditDocument(run([]))).toBe(false);
    const editable = ROLES.filter((role) => canEditDocument(run([{ type: 'roleLoaded', role }])));
    expect(editable).toEqual(['owner', 'leader', 'drafter']);
  });

  it('lets an administrator edit a report they are no member of', () => {
    expect(canEditDocument(run([{ type: 'roleLoaded', role: null }]))).toBe(false);
    expect(canEditDocument(run([{ type: 'roleLoaded', role: null }], true))).toBe(true);
  });

  it('follows a live change of the own role at once, and ignores other members', () => {
    const drafter = run([{ type: 'roleLoaded', role: 'drafter' }]);
    const otherDemoted = reduceAccess(drafter, change('someone-else', 'viewer'));
    expect(canEditDocument(otherDemoted)).toBe(true);
    expect(otherDemoted.membershipRevision).toBe(1);
    expect(otherDemoted.lastOwnChange).toBeNull();

    const demoted = reduceAccess(otherDemoted, change('me', 'viewer'));
    expect(canEditDocument(demoted)).toBe(false);
    expect(demoted.role).toBe('viewer');
    expect(demoted.lastOwnChange).toEqual({ role: 'viewer', revision: 2 });

    const promoted = reduceAccess(demoted, change('me', 'leader'));
    expect(canEditDocument(promoted)).toBe(true);
  });

  it('keeps a live change over a role that the slower API answer still reports', () => {
    const state = run([change('me', 'viewer'), { type: 'roleLoaded', role: 'drafter' }]);
    expect(state.role).toBe('viewer');
  });

  it('ends with "removed" on removal, even when the socket then closes with 4403', () => {
    const state = run([
      { type: 'roleLoaded', role: 'drafter' },
      change('me', null),
      { type: 'refused', code: 4403 },
    ]);
    expect(state.ended).toBe('removed');
    expect(canEditDocument(state)).toBe(false);
    // An administrator removed from the members keeps their access.
    expect(run([{ type: 'roleLoaded', role: 'owner' }, change('me', null)], true).ended).toBeNull();
  });

  it('ends on the final close codes and refused upgrades, not on transient ones', () => {
    expect(run([{ type: 'refused', code: 4401 }]).ended).toBe('unauthenticated');
    expect(run([{ type: 'refused', code: 403 }]).ended).toBe('forbidden');
    expect(run([{ type: 'refused', code: 4404 }]).ended).toBe('documentNotFound');
    expect(run([{ type: 'refused', code: 1006 }]).ended).toBeNull();
    expect(run([{ type: 'refused', code: 4500 }]).ended).toBeNull();
  });

  it('turns read-only when the server refuses an update as a reader, until the role changes', () => {
    const refused = run([
      { type: 'roleLoaded', role: 'drafter' },
      { type: 'updateRefused', reason: 'locked' },
    ]);
    expect(canEditDocument(refused)).toBe(true);
    const reader = reduceAccess(refused, { type: 'updateRefused', reason: 'readOnly' });
    expect(canEditDocument(reader)).toBe(false);
    expect(canEditDocument(reduceAccess(reader, change('me', 'drafter')))).toBe(true);
  });
});

import type { Role } from '../../shared/auth/roles.ts';
import { CLOSE } from '../../shared/protocol/closeCodes.ts';
import type { MembershipChangedPayload } from '../../shared/protocol/customMessages.ts';

export type AccessEnd = 'removed' | 'forbidden' | 'unauthenticated' | 'documentNotFound';

export interface AccessState {
  // Administrators may do everything on every report, member or not.
  isAdmin: boolean;
  // The membership role: undefined until known, null when not a member (an administrator).
  role: Role | null | undefined;
  // Why the document can no longer be used, if it cannot.
  ended: AccessEnd | null;
  // The server refused an update because this user may only read.
  refusedAsReader: boolean;
  // Counts membership changes of anyone, so that member lists know to reload.
  membershipRevision: number;
  // The last change of the user's own role, for the notice it deserves.
  lastOwnChange: { role: Role | null; revision: number } | null;
}

export type AccessEvent =
  | { type: 'roleLoaded'; role: Role | null }
  | { type: 'membershipChanged'; payload: MembershipChangedPayload; selfId: string | null }
  // A socket close code, or the HTTP status of a refused upgrade or API call (401, 403, 404).
  | { type: 'refused'; code: number }
  | { type: 'updateRefused'; reason: 'readOnly' | 'locked' | 'invalid' };

export function initialAccess(isAdmin: boolean): AccessState {
  return {
    isAdmin,
    role: undefined,
    ended: null,
    refusedAsReader: false,
    membershipRevision: 0,
    lastOwnChange: null,
  };
}

const END_BY_CODE = new Map<number, AccessEnd>([
  [CLOSE.unauthenticated.code, 'unauthenticated'],
  [CLOSE.forbidden.code, 'forbidden'],
  [CLOSE.documentNotFound.code, 'documentNotFound'],
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'documentNotFound'],
]);

// What the user may do on one open document, from its API entry, the socket's pushes and closes.
export function reduceAccess(state: AccessState, event: AccessEvent): AccessState {
  switch (event.type) {
    case 'roleLoaded':
      // A live change that arrived while the entry loaded is newer than the entry.
      if (state.lastOwnChange) return state;
      return { ...state, role: event.role };
    case 'membershipChanged': {
      const membershipRevision = state.membershipRevision + 1;
      if (event.payload.userId !== event.selfId) return { ...state, membershipRevision };
      const role = event.payload.role;
      const removed = role === null && !state.isAdmin;
      return {
        ...state,
        role,
        membershipRevision,
        refusedAsReader: false,
        ended: removed ? (state.ended ?? 'removed') : state.ended,
        lastOwnChange: { role, revision: membershipRevision },
      };
    }
    case 'refused': {
      const ended = END_BY_CODE.get(event.code);
      // A removal closes the socket with 4403 as well; the removal says more.
      if (!ended || state.ended) return state;
      return { ...state, ended };
    }
    case 'updateRefused':
      if (event.reason !== 'readOnly' || state.refusedAsReader) return state;
      return { ...state, refusedAsReader: true };
  }
}

import type { DocumentHooks } from '../collab/hooks.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Presence comes from the session: every awareness state a socket announces gets its `user`
 * set to the socket's user (`{ id, name, color, clientId }`: what CollaborationCaret draws, and the
 * awareness id carets are matched by), whatever the
 * client wrote. A state for a client id another user's socket announced is dropped; one
 * announced before by the same user's older socket (a reconnect) is taken over.
 */
export const presenceIdentityHook: DocumentHooks = {
  name: 'presence-identity',
  beforeApplyAwareness({ connection, ownerOf }, entry) {
    const owner = ownerOf(entry.clientId);
    if (owner && owner !== connection && owner.identity.userId !== connection.identity.userId) {
      return null;
    }
    if (entry.state === null) return entry;
    if (!isRecord(entry.state)) return null;
    const { userId, displayName, color } = connection.identity;
    const user = { id: userId, name: displayName, color, clientId: entry.clientId };
    return { ...entry, state: { ...entry.state, user } };
  },
};

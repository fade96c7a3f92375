import type { Awareness } from 'y-protocols/awareness';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';

export interface PresentUser {
  clientId: number;
  name: string;
  color: string;
  isSelf: boolean;
}

export interface PresenceTracker extends ExternalStore<readonly PresentUser[]> {
  destroy(): void;
}

function userOf(state: Record<string, unknown>): { name: string; color: string } | null {
  const user = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as { name?: unknown; color?: unknown };
  if (typeof name !== 'string') return null;
  return { name, color: typeof color === 'string' ? color : '#888888' };
}

function presentUsers(awareness: Awareness): PresentUser[] {
  const users: PresentUser[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = userOf(state);
    if (user) users.push({ clientId, ...user, isSelf: clientId === awareness.clientID });
  });
  return users.sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.clientId - b.clientId);
}

// Everyone with a user in their awareness state, the local user first.
export function createPresenceTracker(awareness: Awareness): PresenceTracker {
  const store = createExternalStore<readonly PresentUser[]>(presentUsers(awareness));
  const refresh = () => store.set(presentUsers(awareness));
  awareness.on('change', refresh);
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    destroy: () => awareness.off('change', refresh),
  };
}

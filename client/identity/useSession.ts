import { useSyncExternalStore } from 'react';
import type { SessionState } from './createSessionStore.ts';
import { sessionStore } from './sessionStore.ts';

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}

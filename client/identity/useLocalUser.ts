import { useSyncExternalStore } from 'react';
import { localUserStore, type LocalUser } from './localUserStore.ts';

export function useLocalUser(): LocalUser {
  return useSyncExternalStore(localUserStore.subscribe, localUserStore.getSnapshot);
}

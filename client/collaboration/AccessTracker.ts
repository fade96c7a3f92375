import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';
import { initialAccess, reduceAccess, type AccessEvent, type AccessState } from './reduceAccess.ts';

export interface AccessTracker extends ExternalStore<AccessState> {
  dispatch(event: AccessEvent): void;
}

export function createAccessTracker(isAdmin: boolean): AccessTracker {
  const store = createExternalStore<AccessState>(initialAccess(isAdmin));
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    dispatch: (event) => store.set(reduceAccess(store.getSnapshot(), event)),
  };
}

import type { WebsocketProvider } from 'y-websocket';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';

export type ConnectionState = 'connected' | 'connecting' | 'offline';

export interface ConnectionTracker extends ExternalStore<ConnectionState> {
  destroy(): void;
}

function connectionStateOf(provider: WebsocketProvider): ConnectionState {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (provider.wsconnected) return provider.synced ? 'connected' : 'connecting';
  if (provider.wsconnecting && provider.wsUnsuccessfulReconnects === 0) return 'connecting';
  return 'offline';
}

// Connected once synced; connecting on the first attempt and while syncing; offline after a
// failure.
export function createConnectionTracker(provider: WebsocketProvider): ConnectionTracker {
  const store = createExternalStore<ConnectionState>(connectionStateOf(provider));
  const refresh = () => store.set(connectionStateOf(provider));
  provider.on('status', refresh);
  provider.on('sync', refresh);
  provider.on('connection-close', refresh);
  window.addEventListener('online', refresh);
  window.addEventListener('offline', refresh);
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    destroy: () => {
      provider.off('status', refresh);
      provider.off('sync', refresh);
      provider.off('connection-close', refresh);
      window.removeEventListener('online', refresh);
      window.removeEventListener('offline', refresh);
    },
  };
}

import { fromBase64 } from 'lib0/buffer';
import * as Y from 'yjs';
import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';
import { isStateVectorCovered } from './isStateVectorCovered.ts';

export type SaveState = 'saved' | 'saving' | 'unsaved';

export interface SaveTracker extends ExternalStore<SaveState> {
  handleStored(stateVectorBase64: string): void;
  handleConnectionChange(connected: boolean): void;
  destroy(): void;
}

// Says "saved" only once the server has stored every local change: the local state vector must be
// covered by the server's. A deletion does not advance a state vector, so a local deletion also
// keeps the state at saving until a `stored` arrives after it was sent.
export function createSaveTracker(
  doc: Y.Doc,
  isRemoteOrigin: (origin: unknown) => boolean,
  initiallyConnected = false,
): SaveTracker {
  const store = createExternalStore<SaveState>('saved');
  let stored = new Map<number, number>();
  let connected = initiallyConnected;
  let deletion: 'none' | 'unsent' | 'sent' = 'none';

  const refresh = () => {
    const covered = isStateVectorCovered(Y.decodeStateVector(Y.encodeStateVector(doc)), stored);
    if (covered && deletion === 'none') store.set('saved');
    else store.set(connected ? 'saving' : 'unsaved');
  };

  const handleUpdate = (update: Uint8Array, origin: unknown) => {
    if (isRemoteOrigin(origin)) return;
    if (Y.parseUpdateMeta(update).to.size === 0) deletion = connected ? 'sent' : 'unsent';
    refresh();
  };
  doc.on('update', handleUpdate);
  refresh();

  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    handleStored: (stateVectorBase64) => {
      stored = Y.decodeStateVector(fromBase64(stateVectorBase64));
      if (deletion === 'sent') deletion = 'none';
      refresh();
    },
    handleConnectionChange: (nowConnected) => {
      connected = nowConnected;
      // Sync step 2 on (re)connect carries whatever was deleted while offline.
      if (connected && deletion === 'unsent') deletion = 'sent';
      refresh();
    },
    destroy: () => doc.off('update', handleUpdate),
  };
}

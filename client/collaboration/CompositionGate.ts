import * as Y from 'yjs';

// The part of a y-websocket provider the gate uses: its doc and the handler that sends local
// updates.
export interface UpdateSendingProvider {
  doc: Y.Doc;
  _updateHandler: (update: Uint8Array, origin: unknown) => void;
}

export interface CompositionGate {
  hold(): void;
  release(): void;
  readonly holding: boolean;
  // Releases and gives the provider its own update handler back.
  destroy(): void;
}

const releaseOrigin = Symbol('compositionGate');

// Holds the updates a provider would send while an input method composes text, so that colleagues
// receive the committed characters and never the pinyin typed on the way.
export function createCompositionGate(provider: UpdateSendingProvider): CompositionGate {
  const send = provider._updateHandler;
  let held: Uint8Array[] = [];
  let holding = false;

  const handleUpdate = (update: Uint8Array, origin: unknown) => {
    if (holding && origin !== provider) held.push(update);
    else send(update, origin);
  };
  provider.doc.off('update', send);
  provider.doc.on('update', handleUpdate);
  // provider.destroy() detaches whatever handler is stored here, so it must be ours.
  provider._updateHandler = handleUpdate;

  const release = () => {
    holding = false;
    if (held.length === 0) return;
    const merged = held.length === 1 ? held[0]! : Y.mergeUpdates(held);
    held = [];
    send(merged, releaseOrigin);
  };

  return {
    hold: () => {
      holding = true;
    },
    release,
    get holding() {
      return holding;
    },
    destroy: () => {
      release();
      provider.doc.off('update', handleUpdate);
      if (provider._updateHandler === handleUpdate) {
        provider._updateHandler = send;
        provider.doc.on('update', send);
      }
    },
  };
}

import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';
import { refusedTextBetween } from './refusedTextBetween.ts';

export type RefusedTextState =
  | { status: 'none' }
  // The local copy diverged from the server's; its paragraphs wait for the reloaded document.
  | { status: 'reloading'; local: readonly string[] }
  | { status: 'ready'; paragraphs: readonly string[] };

export interface RefusedTextStore extends ExternalStore<RefusedTextState> {
  hold(local: readonly string[]): void;
  compareWithServer(server: readonly string[]): void;
  dismiss(): void;
}

// The text the server refused, kept across the reload of the document so it can be offered back.
export function createRefusedTextStore(): RefusedTextStore {
  const store = createExternalStore<RefusedTextState>({ status: 'none' });
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    hold: (local) => {
      const current = store.getSnapshot();
      // Text still on offer from an earlier refusal stays on offer.
      const earlier = current.status === 'ready' ? current.paragraphs : [];
      store.set({ status: 'reloading', local: [...earlier, ...local] });
    },
    compareWithServer: (server) => {
      const current = store.getSnapshot();
      if (current.status !== 'reloading') return;
      const paragraphs = refusedTextBetween(current.local, server);
      store.set(paragraphs.length ? { status: 'ready', paragraphs } : { status: 'none' });
    },
    dismiss: () => store.set({ status: 'none' }),
  };
}

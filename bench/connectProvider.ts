import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/**
 * A stock y-websocket provider in Node, sending `headers` (origin, session cookie) on the upgrade
 * as a browser would. BroadcastChannel is off: providers sharing a process would otherwise
 * exchange updates directly instead of through the server.
 */
export function connectProvider(
  wsUrl: string,
  documentId: string,
  doc: Y.Doc,
  headers: Record<string, string>,
): WebsocketProvider {
  class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return new WebsocketProvider(wsUrl, documentId, doc, {
    WebSocketPolyfill: BrowserLikeWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 500,
  });
}

/** Resolves when the provider reports `synced`, rejects after `timeoutMs`. */
export function whenSynced(provider: WebsocketProvider, timeoutMs = 30_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.off('sync', listener);
      reject(new Error(`provider for ${provider.roomname} not synced after ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (synced: boolean) => {
      if (!synced) return;
      clearTimeout(timer);
      provider.off('sync', listener);
      resolve();
    };
    provider.on('sync', listener);
  });
}

import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  decodeCustomPayload,
  encodeCustomMessage,
} from '../../shared/protocol/customMessageCodec.ts';
import {
  storedSchema,
  updateRejectedSchema,
  type UpdateRejectedPayload,
} from '../../shared/protocol/customMessages.ts';
import { MESSAGE, PROTOCOL_VERSION } from '../../shared/protocol/messageTypes.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { waitFor } from './waitFor.ts';

export interface ClientOptions {
  /** Send `hello` on every connect, so the server sends `stored` and `updateRejected`. */
  hello?: boolean;
  /** Connect right away (default true). */
  connect?: boolean;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  fragment: Y.XmlFragment;
  /** Resolves once the provider is synced with the server. */
  whenSynced(): Promise<void>;
  /** Resolves once a `stored` message covers everything this client has (needs `hello`). */
  whenStored(timeoutMs?: number): Promise<void>;
  /** `updateRejected` payloads received (needs `hello`). */
  rejections: UpdateRejectedPayload[];
  /** Close events the server sent this client, newest last. */
  closes: Array<{ code: number; reason: string }>;
  destroy(): void;
}

// Every provider adds a process exit listener; tests and the bench open hundreds.
process.setMaxListeners(0);

/** Whether `stored` (the server's state vector) includes every operation of `local`. */
function covers(stored: Uint8Array, local: Uint8Array): boolean {
  const server = Y.decodeStateVector(stored);
  for (const [client, clock] of Y.decodeStateVector(local)) {
    if ((server.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** A stock y-websocket provider in Node, connected to the test server's document. */
export function createClient(
  server: { wsUrl: string },
  documentId: string,
  options: ClientOptions = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, documentId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    connect: options.connect ?? true,
    // Providers in one process would otherwise sync through BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  let storedStateVector: Uint8Array | null = null;
  const rejections: UpdateRejectedPayload[] = [];
  const closes: Array<{ code: number; reason: string }> = [];

  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  if (options.hello) {
    provider.on('status', ({ status }) => {
      if (status === 'connected') {
        storedStateVector = null;
        provider.ws?.send(
          encodeCustomMessage(MESSAGE.hello, { protocolVersion: PROTOCOL_VERSION }),
        );
      }
    });
    provider.messageHandlers[MESSAGE.stored] = (_encoder, decoder) => {
      const { stateVector } = decodeCustomPayload(decoder, storedSchema);
      storedStateVector = new Uint8Array(Buffer.from(stateVector, 'base64'));
    };
    provider.messageHandlers[MESSAGE.updateRejected] = (_encoder, decoder) => {
      rejections.push(decodeCustomPayload(decoder, updateRejectedSchema));
    };
  }

  return {
    doc,
    provider,
    fragment: doc.getXmlFragment(CONTENT_FRAGMENT),
    whenSynced: () =>
      provider.synced
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const listener = (synced: boolean) => {
              if (!synced) return;
              provider.off('sync', listener);
              resolve();
            };
            provider.on('sync', listener);
          }),
    whenStored: (timeoutMs = 10_000) =>
      waitFor(
        () => storedStateVector !== null && covers(storedStateVector, Y.encodeStateVector(doc)),
        { timeoutMs, message: 'stored to cover the local state' },
      ),
    rejections,
    closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

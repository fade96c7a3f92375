import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  commentsMessageSchema,
  commentThreadMessageSchema,
} from '../../shared/comments/commentMessages.ts';
import type { CommentThread } from '../../shared/comments/CommentThread.ts';
import {
  lockNoticeSchema,
  locksMessageSchema,
  type LockNotice,
} from '../../shared/locks/lockMessages.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import {
  decodeCustomPayload,
  encodeCustomMessage,
} from '../../shared/protocol/customMessageCodec.ts';
import {
  membershipChangedSchema,
  responseSchema,
  storedSchema,
  updateRejectedSchema,
  type MembershipChangedPayload,
  type ResponsePayload,
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
  /** `Cookie` header of the socket (default: the server's administrator session; null: none). */
  cookie?: string | null;
  /** `Origin` header of the socket (default: the server's own; null: none). */
  origin?: string | null;
}

/** What createClient needs of a test server; `httpUrl` and `adminCookie` give the defaults. */
export interface ClientTarget {
  wsUrl: string;
  httpUrl?: string;
  adminCookie?: string;
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
  /** `membershipChanged` payloads received (needs `hello`). */
  membershipChanges: MembershipChangedPayload[];
  /** The last `locks` set received (needs `hello`); null before the first. */
  readonly locks: SectionLock[] | null;
  /** `lockNotice` payloads received (needs `hello`). */
  lockNotices: LockNotice[];
  /** Comment threads by id, as `comments` and `commentThread` left them (needs `hello`). */
  threads: Map<string, CommentThread>;
  /** When this user last read their mentions, from the last `comments` message (needs `hello`). */
  readonly mentionsSeenAt: string | null;
  /** Whether a `comments` message arrived since the last connect (needs `hello`). */
  readonly commentsReceived: boolean;
  /** Sends a `request` on the realtime channel and resolves with its `response`. */
  request(kind: string, payload?: unknown): Promise<ResponsePayload>;
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

/** `ws` with fixed handshake headers, which the provider constructs like a browser WebSocket. */
function webSocketWith(headers: Record<string, string>): typeof globalThis.WebSocket {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return WebSocketWithHeaders as unknown as typeof globalThis.WebSocket;
}

/** The handshake headers for `Cookie` and `Origin`, defaults taken from the server. */
export function socketHeaders(
  server: ClientTarget,
  options: { cookie?: string | null; origin?: string | null },
): Record<string, string> {
  const headers: Record<string, string> = {};
  const cookie = options.cookie === undefined ? server.adminCookie : options.cookie;
  const origin = options.origin === undefined ? server.httpUrl : options.origin;
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  return headers;
}

/** A stock y-websocket provider in Node, connected to the test server's document. */
export function createClient(
  server: ClientTarget,
  documentId: string,
  options: ClientOptions = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, documentId, doc, {
    WebSocketPolyfill: webSocketWith(socketHeaders(server, options)),
    connect: options.connect ?? true,
    // Providers in one process would otherwise sync through BroadcastChannel, not the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  let storedStateVector: Uint8Array | null = null;
  const rejections: UpdateRejectedPayload[] = [];
  const closes: Array<{ code: number; reason: string }> = [];
  const membershipChanges: MembershipChangedPayload[] = [];
  let locks: SectionLock[] | null = null;
  const lockNotices: LockNotice[] = [];
  const threads = new Map<string, CommentThread>();
  let commentsReceived = false;
  let mentionsSeenAt: string | null = null;
  const pending = new Map<
    number,
    { resolve: (response: ResponsePayload) => void; reject: (error: Error) => void }
  >();
  let nextRequestId = 1;
  provider.messageHandlers[MESSAGE.response] = (_encoder, decoder) => {
    const response = decodeCustomPayload(decoder, responseSchema);
    pending.get(response.requestId)?.resolve(response);
    pending.delete(response.requestId);
  };

  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
    for (const { reject } of pending.values())
      reject(new Error('the socket closed before the response'));
    pending.clear();
  });
  if (options.hello) {
    provider.on('status', ({ status }) => {
      if (status === 'connected') {
        storedStateVector = null;
        commentsReceived = false;
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
    provider.messageHandlers[MESSAGE.membershipChanged] = (_encoder, decoder) => {
      membershipChanges.push(decodeCustomPayload(decoder, membershipChangedSchema));
    };
    provider.messageHandlers[MESSAGE.locks] = (_encoder, decoder) => {
      locks = decodeCustomPayload(decoder, locksMessageSchema).locks;
    };
    provider.messageHandlers[MESSAGE.lockNotice] = (_encoder, decoder) => {
      lockNotices.push(decodeCustomPayload(decoder, lockNoticeSchema));
    };
    provider.messageHandlers[MESSAGE.comments] = (_encoder, decoder) => {
      threads.clear();
      const message = decodeCustomPayload(decoder, commentsMessageSchema);
      for (const thread of message.threads) threads.set(thread.id, thread);
      mentionsSeenAt = message.mentionsSeenAt;
      commentsReceived = true;
    };
    provider.messageHandlers[MESSAGE.commentThread] = (_encoder, decoder) => {
      const message = decodeCustomPayload(decoder, commentThreadMessageSchema);
      if ('thread' in message) threads.set(message.thread.id, message.thread);
      else threads.delete(message.deletedThreadId);
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
    membershipChanges,
    get locks() {
      return locks;
    },
    lockNotices,
    threads,
    get mentionsSeenAt() {
      return mentionsSeenAt;
    },
    get commentsReceived() {
      return commentsReceived;
    },
    request(kind, payload) {
      const requestId = nextRequestId++;
      const answered = new Promise<ResponsePayload>((resolve, reject) =>
        pending.set(requestId, { resolve, reject }),
      );
      provider.ws?.send(encodeCustomMessage(MESSAGE.request, { requestId, kind, payload }));
      return answered;
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

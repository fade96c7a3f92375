import type { WebsocketProvider } from 'y-websocket';
import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import type { ResponsePayload } from '../../shared/protocol/customMessages.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { RealtimeRequestError } from './RealtimeRequestError.ts';

export interface RealtimeRequester {
  request(kind: string, payload?: unknown): Promise<unknown>;
  handleResponse(response: ResponsePayload): void;
  // Fails every request still waiting, e.g. when the socket closed under it.
  rejectAll(code: string): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: RealtimeRequestError): void;
  timer: ReturnType<typeof setTimeout>;
}

const REQUEST_TIMEOUT_MS = 10_000;

// Requests on the realtime channel (104), matched with their `response` (105) by id.
export function createRealtimeRequester(provider: WebsocketProvider): RealtimeRequester {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const settle = (requestId: number): Pending | undefined => {
    const entry = pending.get(requestId);
    if (!entry) return undefined;
    pending.delete(requestId);
    clearTimeout(entry.timer);
    return entry;
  };

  return {
    request: (kind, payload) =>
      new Promise((resolve, reject) => {
        const socket = provider.ws;
        if (!provider.wsconnected || !socket || socket.readyState !== WebSocket.OPEN) {
          reject(new RealtimeRequestError('offline'));
          return;
        }
        const requestId = nextId++;
        const timer = setTimeout(
          () => settle(requestId)?.reject(new RealtimeRequestError('timeout')),
          REQUEST_TIMEOUT_MS,
        );
        pending.set(requestId, { resolve, reject, timer });
        socket.send(encodeCustomMessage(MESSAGE.request, { requestId, kind, payload }));
      }),
    handleResponse: (response) => {
      const entry = settle(response.requestId);
      if (!entry) return;
      if (response.ok) entry.resolve(response.result);
      else
        entry.reject(
          new RealtimeRequestError(
            response.error?.code ?? 'failed',
            response.error?.message ?? null,
          ),
        );
    },
    rejectAll: (code) => {
      for (const requestId of [...pending.keys()]) {
        settle(requestId)?.reject(new RealtimeRequestError(code));
      }
    },
  };
}

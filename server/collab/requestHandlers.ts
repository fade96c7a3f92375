import {
  REQUEST_KIND,
  type PingResult,
  type WhoamiResult,
} from '../../shared/protocol/realtimeRequests.ts';
import type { Connection } from './Connection.ts';
import type { SharedDocument } from './SharedDocument.ts';

export interface RequestContext {
  connection: Connection;
  document: SharedDocument;
  /** The request's payload, not yet validated: each handler checks its own. */
  payload: unknown;
}

/**
 * Answers one kind of `request`: resolves with the `result`, or throws `RequestError` for an
 * `ok: false` answer. Any other throw closes the socket as an internal error.
 */
export type RequestHandler = (context: RequestContext) => unknown;

/** What the server answers on the realtime channel, by request kind. */
export const requestHandlers: ReadonlyMap<string, RequestHandler> = new Map<string, RequestHandler>(
  [
    [REQUEST_KIND.ping, (): PingResult => ({ at: new Date().toISOString() })],
    [
      REQUEST_KIND.whoami,
      ({ connection }): WhoamiResult => {
        const { userId, username, displayName, color, role } = connection.identity;
        return { userId, username, displayName, color, role };
      },
    ],
  ],
);

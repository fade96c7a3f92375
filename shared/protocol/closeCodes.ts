/**
 * WebSocket close codes the server uses. They follow the convention of y-websocket's
 * WebsocketProvider: 4400–4499 are final (the stock provider stops reconnecting), everything else
 * is transient. The client reconnects unless `reconnect` is false.
 */
export const CLOSE = {
  /** Server is restarting or shutting down: reconnect. */
  goingAway: { code: 1001, reason: 'server going away', reconnect: true },
  /** A frame could not be decoded as a y-websocket message: resending it would fail again. */
  malformedFrame: { code: 4400, reason: 'malformed frame', reconnect: false },
  /** Not logged in. */
  unauthenticated: { code: 4401, reason: 'unauthenticated', reconnect: false },
  /** Logged in but not allowed on this document. */
  forbidden: { code: 4403, reason: 'forbidden', reconnect: false },
  /** The document does not exist or was deleted. */
  documentNotFound: { code: 4404, reason: 'document not found', reconnect: false },
  /** A frame larger than MAX_FRAME_BYTES: resending it would fail again. */
  frameTooLarge: { code: 4413, reason: 'frame too large', reconnect: false },
  /** The server failed to handle the socket's message; the document itself is intact. */
  internalError: { code: 4500, reason: 'internal error', reconnect: true },
} as const;

export type CloseKind = keyof typeof CLOSE;

/** Whether a client should reconnect after a close with this code. */
export function shouldReconnect(code: number): boolean {
  const known = Object.values(CLOSE).find((entry) => entry.code === code);
  return known ? known.reconnect : true;
}

/**
 * Socket message types. 0–3 are y-websocket's own and stay untouched; CoDraft's realtime
 * channel starts at 100. See PROTOCOL.md beside this file.
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** client → server: opts the socket in to CoDraft's custom messages. */
  hello: 100,
  /** server → client: the state vector the server has durably stored. */
  stored: 101,
  /** server → client: an update of this client was refused; nothing of it was applied. */
  updateRejected: 102,
  /** server → client: a member was added, changed role or removed; sent to every socket on the document. */
  membershipChanged: 103,
  /** client → server: a request on the realtime channel, answered by `response` with the same id. */
  request: 104,
  /** server → client: the answer to one `request`. */
  response: 105,
  /** server → client: every lock on the document (sent on hello and after any change). */
  locks: 106,
  /** server → client: something happened to one of your locks (force-released, expired). */
  lockNotice: 107,
  /** server → client: every comment thread of the report (sent on hello). */
  comments: 108,
  /** server → client: one thread was opened, changed or deleted. */
  commentThread: 109,
} as const;

export type MessageType = (typeof MESSAGE)[keyof typeof MESSAGE];

/** Version of the custom message set, sent in hello. */
export const PROTOCOL_VERSION = 1;

/** Largest frame the server accepts, in bytes. */
export const MAX_FRAME_BYTES = 8 * 1024 * 1024;

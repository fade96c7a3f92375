import type { IncomingMessage } from 'node:http';
import type { ConnectionIdentity } from './ConnectionIdentity.ts';

/** Accept the socket as this identity, or refuse the upgrade with an HTTP status. */
export type UpgradeVerdict = { identity: ConnectionIdentity } | { refuse: number; reason: string };

/**
 * Decides, before a document is loaded for it, whether an upgrade request for `documentId`
 * may become a socket. A throw refuses it with 503.
 */
export type UpgradeAuthorizer = (
  request: IncomingMessage,
  documentId: string,
) => Promise<UpgradeVerdict>;

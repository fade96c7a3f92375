import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { documentIdSchema } from '../../shared/protocol/documentApi.ts';
import { MAX_FRAME_BYTES } from '../../shared/protocol/messageTypes.ts';
import { DocumentNotFoundError } from '../documents/DocumentNotFoundError.ts';
import type { Logger } from '../logging/Logger.ts';
import { Connection } from './Connection.ts';
import type { ConnectionIdentity } from './ConnectionIdentity.ts';
import type { DocumentRegistry } from './DocumentRegistry.ts';
import { handleFrame } from './messageHandlers.ts';
import type { SharedDocument } from './SharedDocument.ts';
import type { UpgradeAuthorizer, UpgradeVerdict } from './UpgradeAuthorizer.ts';

const COLLAB_PATH = /^\/collab\/([^/]+)\/?$/;

/**
 * Accepts `/collab/<documentId>` upgrades the authorizer lets through and attaches each socket
 * to its document.
 */
export class CollabServer {
  readonly #registry: DocumentRegistry;
  readonly #authorize: UpgradeAuthorizer;
  readonly #logger: Logger;
  readonly #sockets = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    perMessageDeflate: false,
  });
  readonly #connections = new Set<Connection>();
  readonly #pingTimer: NodeJS.Timeout;

  constructor(
    registry: DocumentRegistry,
    authorize: UpgradeAuthorizer,
    options: { pingIntervalMs: number },
    logger: Logger,
  ) {
    this.#registry = registry;
    this.#authorize = authorize;
    this.#logger = logger;
    this.#pingTimer = setInterval(() => this.#pingAll(), options.pingIntervalMs);
    this.#pingTimer.unref();
  }

  /**
   * Handles an HTTP upgrade request; anything but a known document the authorizer lets
   * through is refused with 4xx.
   */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', (error) => this.#logger.debug('upgrade socket error', { error }));
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = COLLAB_PATH.exec(url.pathname);
    if (!match) return refuseUpgrade(socket, 404);
    let documentId: string;
    try {
      documentId = decodeURIComponent(match[1]!);
    } catch {
      return refuseUpgrade(socket, 400);
    }
    if (!documentIdSchema.safeParse(documentId).success) return refuseUpgrade(socket, 400);
    void this.#accept(documentId, request, socket, head);
  }

  /** Stops pinging; the registry closes the sockets document by document. */
  close(): void {
    clearInterval(this.#pingTimer);
    this.#sockets.close();
  }

  async #accept(
    documentId: string,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): Promise<void> {
    let verdict: UpgradeVerdict;
    try {
      verdict = await this.#authorize(request, documentId);
    } catch (error: unknown) {
      this.#logger.error('could not authorize socket', { documentId, error });
      return refuseUpgrade(socket, 503);
    }
    if ('refuse' in verdict) {
      this.#logger.info('socket refused', {
        documentId,
        status: verdict.refuse,
        reason: verdict.reason,
        address: request.socket.remoteAddress,
      });
      return refuseUpgrade(socket, verdict.refuse);
    }
    const { identity } = verdict;
    let document: SharedDocument;
    try {
      document = await this.#registry.acquire(documentId);
    } catch (error: unknown) {
      if (error instanceof DocumentNotFoundError) return refuseUpgrade(socket, 404);
      this.#logger.error('could not open document', { documentId, error });
      return refuseUpgrade(socket, 503);
    }
    let attached = false;
    if (!socket.destroyed) {
      this.#sockets.handleUpgrade(request, socket, head, (webSocket) => {
        attached = true;
        this.#attach(webSocket, document, identity);
      });
    }
    if (!attached) this.#registry.release(document);
  }

  #attach(webSocket: WebSocket, document: SharedDocument, identity: ConnectionIdentity): void {
    const connection = new Connection(
      webSocket,
      document.id,
      identity,
      (source, frame) => handleFrame(source, document, frame),
      this.#logger,
    );
    this.#connections.add(connection);
    connection.onClose(() => {
      this.#connections.delete(connection);
      document.removeConnection(connection);
      this.#registry.release(document);
      this.#logger.debug('socket closed', { documentId: document.id, connection: connection.id });
    });
    document.addConnection(connection);
    this.#logger.debug('socket opened', { documentId: document.id, connection: connection.id });
  }

  #pingAll(): void {
    for (const connection of this.#connections) {
      if (!connection.alive) {
        this.#logger.info('dropping unresponsive socket', { connection: connection.id });
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }
}

function refuseUpgrade(socket: Duplex, status: number): void {
  if (socket.destroyed) return;
  const text = STATUS_CODES[status] ?? 'Error';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CollabServer } from './collab/CollabServer.ts';
import { createPersistenceHooks } from './collab/createPersistenceHooks.ts';
import { DocumentRegistry } from './collab/DocumentRegistry.ts';
import type { DocumentHooks } from './collab/hooks.ts';
import type { ServerConfig } from './config/loadConfig.ts';
import { DocumentService } from './documents/DocumentService.ts';
import { createApp } from './http/createApp.ts';
import type { Logger } from './logging/Logger.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';

export interface RunningServer {
  port: number;
  registry: DocumentRegistry;
  /** Stops accepting, closes sockets with 1001, stores and unloads every document. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Further hook implementers (locks, auth), called after persistence loads and before it stores. */
  hooks?: DocumentHooks[];
}

/** Wires storage, documents, the API and the collaboration socket onto one HTTP server. */
export async function startServer(
  config: ServerConfig,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningServer> {
  const storage = new SqliteStorage(config.dataDir, { synchronous: config.sqliteSynchronous });
  const persistence = createPersistenceHooks(
    storage,
    { compactAfterUpdates: config.compactAfterUpdates },
    logger.child('persistence'),
  );
  const registry = new DocumentRegistry(
    [persistence, ...(options.hooks ?? [])],
    {
      unloadDelayMs: config.unloadDelayMs,
      storeRetryLimit: config.storeRetryLimit,
      storeRetryDelayMs: config.storeRetryDelayMs,
      storedNotifyIntervalMs: config.storedNotifyIntervalMs,
      batchWindowMs: config.batchWindowMs,
    },
    logger.child('sync'),
  );
  const documents = new DocumentService(storage, registry, logger.child('documents'));
  const app = createApp({
    documents,
    registry,
    clientDir: config.clientDir,
    logger: logger.child('http'),
  });
  const collab = new CollabServer(
    registry,
    { pingIntervalMs: config.pingIntervalMs },
    logger.child('sync'),
  );

  const server = http.createServer(app);
  server.on('upgrade', (request, socket, head) => collab.handleUpgrade(request, socket, head));
  server.on('clientError', (error, socket) => {
    logger.child('http').debug('client error', { error });
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      server.close();
      collab.close();
      await registry.close();
      server.closeAllConnections();
      await storage.close();
    })();
    return closing;
  };

  return { port, registry, close };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { AuditLog } from './auth/AuditLog.ts';
import { AuthService } from './auth/AuthService.ts';
import { createUpgradeAuthorizer } from './auth/createUpgradeAuthorizer.ts';
import { LiveAccess } from './auth/LiveAccess.ts';
import { MembershipService } from './auth/MembershipService.ts';
import { OriginPolicy } from './auth/OriginPolicy.ts';
import { presenceIdentityHook } from './auth/presenceIdentityHook.ts';
import { roleEnforcementHook } from './auth/roleEnforcementHook.ts';
import { UserService } from './auth/UserService.ts';
import { CollabServer } from './collab/CollabServer.ts';
import { CommentService } from './comments/CommentService.ts';
import { createPersistenceHooks } from './collab/createPersistenceHooks.ts';
import { DocumentRegistry } from './collab/DocumentRegistry.ts';
import type { DocumentHooks } from './collab/hooks.ts';
import type { ServerConfig } from './config/loadConfig.ts';
import { DocumentService } from './documents/DocumentService.ts';
import { closeSharedBrowsers } from './export/withSharedBrowser.ts';
import { createApp } from './http/createApp.ts';
import { LockManager } from './locks/LockManager.ts';
import { lockEnforcementHook } from './locks/lockEnforcementHook.ts';
import type { Logger } from './logging/Logger.ts';
import { SqliteStorage } from './storage/SqliteStorage.ts';
import { AutoVersioner } from './versions/AutoVersioner.ts';
import { ReviewService } from './versions/ReviewService.ts';
import { VersionRestorer } from './versions/VersionRestorer.ts';
import { VersionService } from './versions/VersionService.ts';

export interface RunningServer {
  port: number;
  registry: DocumentRegistry;
  /** The HTTP application, e.g. for listing its routes. */
  app: Express;
  /** Stops accepting, closes sockets with 1001, stores and unloads every document. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Further hook implementers, called after persistence, role and lock enforcement. */
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
  const locks = new LockManager(
    storage.locks,
    { idleMs: config.lockIdleMs, graceMs: config.lockGraceMs },
    logger.child('locks'),
  );
  const comments = new CommentService(storage, logger.child('comments'));
  const autoVersions = new AutoVersioner(
    storage,
    { pauseMs: config.versionPauseMs },
    logger.child('documents'),
  );
  // Updates pass role enforcement, then lock enforcement; persistence stores what both accept.
  const registry = new DocumentRegistry(
    [
      persistence,
      roleEnforcementHook,
      lockEnforcementHook(locks),
      locks.hooks,
      presenceIdentityHook,
      comments.hooks,
      autoVersions.hooks,
      ...(options.hooks ?? []),
    ],
    {
      unloadDelayMs: config.unloadDelayMs,
      storeRetryLimit: config.storeRetryLimit,
      storeRetryDelayMs: config.storeRetryDelayMs,
      storedNotifyIntervalMs: config.storedNotifyIntervalMs,
      batchWindowMs: config.batchWindowMs,
      awarenessWindowMs: config.awarenessWindowMs,
      awarenessRenewalIntervalMs: config.awarenessRenewalIntervalMs,
    },
    logger.child('sync'),
  );
  const documents = new DocumentService(storage, registry, logger.child('documents'));
  const authLogger = logger.child('auth');
  const audit = new AuditLog(storage.audit, authLogger);
  const live = new LiveAccess(registry, storage, authLogger);
  const auth = new AuthService(
    storage,
    audit,
    live,
    {
      sessionTtlMs: config.sessionTtlMs,
      rateLimits: {
        perAccount: config.loginFailuresPerAccount,
        perAddress: config.loginFailuresPerAddress,
        windowMs: config.loginFailureWindowMs,
      },
    },
    authLogger,
  );
  if (config.adminPassword) await auth.ensureAdmin(config.adminPassword);
  if (await auth.needsSetup()) {
    authLogger.info('no user yet: open CoDraft in a browser to create the administrator');
  }
  const origins = new OriginPolicy(config.allowedOrigins);
  const versions = new VersionService(storage.versions, registry);
  const versioning = {
    versions,
    restorer: new VersionRestorer(versions, registry, locks, logger.child('documents')),
    review: new ReviewService(storage.versions, versions, (id) =>
      storage.comments.countOpenThreads(id),
    ),
  };
  const app = createApp({
    documents,
    registry,
    comments,
    versioning,
    clientDir: config.clientDir,
    logger: logger.child('http'),
    access: {
      storage,
      auth,
      users: new UserService(storage, auth, audit, live),
      members: new MembershipService(storage, audit, live),
      audit,
      origins,
      sessionTtlMs: config.sessionTtlMs,
      trustProxy: config.trustProxy,
    },
  });
  const collab = new CollabServer(
    registry,
    createUpgradeAuthorizer({ origins, auth, storage }),
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
      await closeSharedBrowsers();
      server.closeAllConnections();
      await storage.close();
    })();
    return closing;
  };

  return { port, registry, app, close };
}

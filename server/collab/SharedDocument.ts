import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import type { CloseKind } from '../../shared/protocol/closeCodes.ts';
import type { Logger } from '../logging/Logger.ts';
import { readAwarenessUpdate, writeAwarenessUpdate } from './AwarenessEntry.ts';
import { Connection } from './Connection.ts';
import {
  runBeforeApplyAwareness,
  runBeforeApplyUpdate,
  type ConnectionContext,
  type DocumentHooks,
  type IncomingAwarenessContext,
  type UpdateRejection,
} from './hooks.ts';
import { MalformedFrameError } from './MalformedFrameError.ts';
import { outgoingMessages } from './outgoingMessages.ts';
import { requestHandlers, type RequestHandler } from './requestHandlers.ts';
import { UpdateBatcher } from './UpdateBatcher.ts';
import { AwarenessRenewals } from './AwarenessRenewals.ts';

export interface SharedDocumentOptions {
  storeRetryLimit: number;
  storeRetryDelayMs: number;
  storedNotifyIntervalMs: number;
  batchWindowMs: number;
  awarenessWindowMs: number;
  /** Each socket receives the presence renewals it has not seen once per this long. */
  awarenessRenewalIntervalMs: number;
}

/** Called when an update failed half-way and the memory copy no longer matches storage. */
export type CorruptionListener = (document: SharedDocument) => void;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

const STORED_CONTENT = Symbol('stored content');
const SERVER_ORIGIN = Symbol('server');
/** Sockets take turns for presence renewals on ticks this far apart. */
const RENEWAL_TICK_MS = 50;

type ConnectionEvent = 'connectionOpened' | 'connectionClosed' | 'helloReceived';

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * One loaded document: its Y.Doc, awareness and the sockets editing it. The stored content
 * is applied to the Y.Doc only when something needs the doc, so a client joining a document
 * nobody has edited since it loaded is answered with the stored bytes as they are.
 */
export class SharedDocument {
  readonly id: string;
  readonly #doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.#doc);
  #storedContent: Uint8Array[] | null = null;
  #storedStateVector: Uint8Array | null = null;
  readonly #connections = new Set<Connection>();
  /** Which socket announced each awareness client id. */
  readonly #awarenessOwners = new Map<number, Connection>();
  readonly #hooks: readonly DocumentHooks[];
  readonly #filtersAwareness: boolean;
  readonly #observesUpdates: boolean;
  readonly #requestHandlers: ReadonlyMap<string, RequestHandler>;
  readonly #options: SharedDocumentOptions;
  readonly #logger: Logger;
  readonly #batcher: UpdateBatcher;
  readonly #changedAwareness = new Set<number>();
  readonly #renewals: AwarenessRenewals<Connection>;
  #awarenessFlush: NodeJS.Timeout | null = null;
  #storedNotice: NodeJS.Timeout | null = null;
  #lastStoredNoticeAt = 0;
  #appliedUpdates = 0;
  readonly #onCorrupted: CorruptionListener;

  constructor(
    id: string,
    hooks: readonly DocumentHooks[],
    options: SharedDocumentOptions,
    logger: Logger,
    onCorrupted: CorruptionListener,
  ) {
    this.id = id;
    this.#hooks = hooks;
    this.#filtersAwareness = hooks.some((hook) => hook.beforeApplyAwareness);
    this.#observesUpdates = hooks.some((hook) => hook.afterApplyUpdate);
    this.#requestHandlers = new Map([
      ...requestHandlers,
      ...hooks.flatMap((hook) => [...(hook.requestHandlers ?? [])]),
    ]);
    this.#options = options;
    this.#renewals = new AwarenessRenewals<Connection>(
      {
        intervalMs: options.awarenessRenewalIntervalMs,
        tickMs: Math.min(RENEWAL_TICK_MS, options.awarenessRenewalIntervalMs),
      },
      (connection, clients) => {
        const states = this.awareness.getStates();
        // A client gone meanwhile: its removal was relayed already.
        const present = clients.filter((client) => states.has(client));
        if (present.length > 0) {
          connection.send(outgoingMessages.awareness(this.awareness, present));
        }
      },
    );
    this.#logger = logger;
    this.#onCorrupted = onCorrupted;
    this.awareness.setLocalState(null);
    this.#batcher = new UpdateBatcher(
      {
        store: (update) => this.#store(update),
        broadcast: (update, except) => this.#broadcast(outgoingMessages.update(update), except),
        stored: () => this.scheduleStoredNotice(),
      },
      {
        retryLimit: options.storeRetryLimit,
        retryDelayMs: options.storeRetryDelayMs,
        windowMs: options.batchWindowMs,
      },
      logger.child('persistence'),
    );
  }

  /** The live Y.Doc, with the stored content applied. */
  get doc(): Y.Doc {
    const content = this.#storedContent;
    if (content) {
      this.#storedContent = null;
      this.#storedStateVector = null;
      this.#doc.transact(() => {
        for (const update of content) Y.applyUpdate(this.#doc, update);
      }, STORED_CONTENT);
    }
    return this.#doc;
  }

  /** Starts the document with its stored content and begins listening for changes. */
  activate(storedContent: Uint8Array[]): void {
    this.#storedContent = storedContent.length > 0 ? storedContent : null;
    this.#doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === STORED_CONTENT) return;
      this.#appliedUpdates++;
      this.#batcher.add(update, origin);
    });
    // 'change' comes first, for states that differ; 'update' follows for those and renewals.
    this.awareness.on('change', (change: AwarenessChange) => this.#queueChangedAwareness(change));
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => {
      this.#trackAwareness(change, origin);
    });
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** The open sockets on this document. */
  get connections(): ReadonlySet<Connection> {
    return this.#connections;
  }

  get isDirty(): boolean {
    return this.#batcher.dirty;
  }

  addConnection(connection: Connection): void {
    this.#connections.add(connection);
    this.#renewals.addTarget(connection);
    // While the stored bytes are untouched, step 1 follows the answer to the client's step 1.
    if (!this.#storedContent) this.#sendSyncStep1(connection);
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(outgoingMessages.awareness(this.awareness, states));
    this.#notify('connectionOpened', connection);
  }

  /** The socket said `hello`: from now on it receives custom messages. */
  receiveHello(connection: Connection): void {
    connection.saidHello = true;
    this.scheduleStoredNotice();
    this.#notify('helloReceived', connection);
  }

  /** The handler of a `request` kind: the core's own, or one a hook implementer added. */
  requestHandler(kind: string): RequestHandler | undefined {
    return this.#requestHandlers.get(kind);
  }

  removeConnection(connection: Connection): void {
    if (!this.#connections.delete(connection)) return;
    this.#renewals.removeTarget(connection);
    const clients = [...connection.awarenessClients];
    if (clients.length > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, clients, 'connection closed');
    }
    for (const client of clients) {
      if (this.#awarenessOwners.get(client) === connection) this.#awarenessOwners.delete(client);
    }
    this.#notify('connectionClosed', connection);
  }

  closeConnections(kind: CloseKind): void {
    for (const connection of this.#connections) connection.close(kind);
  }

  /** Answers a client's sync step 1 with what it lacks, once everything relayed is stored. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): void | Promise<void> {
    const answer = () => {
      const message = MalformedFrameError.wrap('state vector', () =>
        outgoingMessages.syncStep2(this.#missingFrom(stateVector)),
      );
      connection.send(message);
      if (!connection.sentSyncStep1) this.#sendSyncStep1(connection);
    };
    if (this.#batcher.unsettled && !this.#batcher.dirty) return this.#batcher.flush().then(answer);
    answer();
  }

  /** The document's whole content as one encoded update. */
  encodeState(): Uint8Array {
    const content = this.#storedContent;
    if (content?.length === 1) return content[0]!;
    return Y.encodeStateAsUpdate(this.doc);
  }

  /** Passes an incoming update through the hooks, then applies it or tells the sender why not. */
  receiveUpdate(connection: Connection, update: Uint8Array): void | Promise<void> {
    // Nothing to insert, nothing to delete: typically a new client's answer to our step 1.
    if (update.length === 2 && update[0] === 0 && update[1] === 0) return;
    // Decoding first rejects garbage cheaply; applying it could allocate for lying counts.
    MalformedFrameError.wrap('update', () => Y.decodeUpdate(update));
    const verdict = runBeforeApplyUpdate(this.#hooks, {
      documentId: this.id,
      doc: this.doc,
      connection,
      update,
    });
    if (verdict instanceof Promise) {
      return verdict.then((rejection) => this.#applyOrRefuse(connection, update, rejection));
    }
    this.#applyOrRefuse(connection, update, verdict);
  }

  /** Applies an awareness update after the `beforeApplyAwareness` hooks have seen its states. */
  receiveAwareness(connection: Connection, update: Uint8Array): void {
    if (!this.#filtersAwareness) {
      MalformedFrameError.wrap('awareness update', () =>
        awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection),
      );
      return;
    }
    const known = this.awareness.meta;
    const entries = MalformedFrameError.wrap('awareness update', () =>
      readAwarenessUpdate(update, (clientId, clock) => (known.get(clientId)?.clock ?? -1) >= clock),
    );
    if (entries.length === 0) return;
    const context: IncomingAwarenessContext = {
      documentId: this.id,
      connection,
      ownerOf: (clientId) => this.#awarenessOwners.get(clientId),
    };
    const kept = runBeforeApplyAwareness(this.#hooks, context, entries);
    if (kept.length === 0) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessUpdate(kept), connection);
  }

  sendAwarenessStates(connection: Connection): void {
    const clients = [...this.awareness.getStates().keys()];
    connection.send(outgoingMessages.awareness(this.awareness, clients));
  }

  /** Queues a `stored` message for every socket that said hello, at most one per interval. */
  scheduleStoredNotice(): void {
    if (this.#storedNotice) return;
    const wait = Math.max(
      0,
      this.#lastStoredNoticeAt + this.#options.storedNotifyIntervalMs - Date.now(),
    );
    this.#storedNotice = setTimeout(() => this.#sendStoredNotice(), wait);
  }

  /**
   * Applies a change the server made itself (a restored version). Like a client's update it
   * is stored before it is broadcast, then to every socket; it passes no `beforeApplyUpdate`
   * hook, so the caller checks it. Resolves once stored with true, or with false when storing
   * failed and the document is left dirty (applied and broadcast, stored by a later retry).
   */
  async applyServerUpdate(update: Uint8Array): Promise<boolean> {
    Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
    await this.flush();
    return !this.#batcher.dirty;
  }

  /** Stores and broadcasts what is queued; resolves once that is done. */
  flush(): Promise<void> {
    return this.#batcher.flush();
  }

  /** One more attempt to store what failed; resolves with whether everything is durable. */
  retryStore(): Promise<boolean> {
    return this.#batcher.retry();
  }

  destroy(options: { discardUnstored: boolean }): void {
    if (options.discardUnstored) this.#batcher.stop();
    if (this.#storedNotice) clearTimeout(this.#storedNotice);
    if (this.#awarenessFlush) clearTimeout(this.#awarenessFlush);
    this.#renewals.stop();
    this.#connections.clear();
    this.awareness.destroy();
    this.#storedContent = null;
    this.#doc.destroy();
  }

  #applyOrRefuse(
    connection: Connection,
    update: Uint8Array,
    rejection: UpdateRejection | undefined,
  ): void {
    if (rejection) {
      this.#logger.info('update refused', {
        documentId: this.id,
        connection: connection.id,
        reason: rejection.reason,
        sectionId: rejection.sectionId,
      });
      if (connection.saidHello) {
        connection.send(encodeCustomMessage(MESSAGE.updateRejected, rejection));
      }
      return;
    }
    const appliedBefore = this.#appliedUpdates;
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error: unknown) {
      if (this.#appliedUpdates !== appliedBefore) {
        // Part of the update was integrated before it failed: keep it out of storage and
        // other clients, and have the document reloaded from storage.
        this.#batcher.dropLast();
        // After the sender's socket is closed as malformed, before any other frame is read.
        queueMicrotask(() => this.#onCorrupted(this));
      }
      throw new MalformedFrameError('update could not be applied', { cause: error });
    }
    if (this.#observesUpdates) {
      for (const hook of this.#hooks) {
        this.#guard(hook, () =>
          hook.afterApplyUpdate?.({ documentId: this.id, doc: this.doc, connection, update }),
        );
      }
    }
  }

  #notify(event: ConnectionEvent, connection: Connection): void {
    const context: ConnectionContext = { documentId: this.id, doc: this.#doc, connection };
    Object.defineProperty(context, 'doc', { get: () => this.doc });
    for (const hook of this.#hooks) this.#guard(hook, () => hook[event]?.(context));
  }

  #guard(hook: DocumentHooks, call: () => void): void {
    try {
      call();
    } catch (error: unknown) {
      this.#logger.error('hook failed', { documentId: this.id, hook: hook.name, error });
    }
  }

  async #store(update: Uint8Array): Promise<void> {
    for (const hook of this.#hooks) {
      if (hook.storeUpdate) await hook.storeUpdate({ documentId: this.id, doc: this.doc, update });
    }
  }

  #missingFrom(stateVector: Uint8Array): Uint8Array {
    const content = this.#storedContent;
    if (content?.length === 1) {
      return isEmptyStateVector(stateVector) ? content[0]! : Y.diffUpdate(content[0]!, stateVector);
    }
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  #stateVector(): Uint8Array {
    const content = this.#storedContent;
    if (content?.length === 1) {
      this.#storedStateVector ??= Y.encodeStateVectorFromUpdate(content[0]!);
      return this.#storedStateVector;
    }
    return Y.encodeStateVector(this.doc);
  }

  #sendSyncStep1(connection: Connection): void {
    connection.sentSyncStep1 = true;
    connection.send(outgoingMessages.syncStep1(this.#stateVector()));
  }

  #broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.#connections) {
      if (connection !== except) connection.send(message);
    }
  }

  #trackAwareness({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (origin instanceof Connection) {
      // A client id announced again from another socket (a reconnect) moves to that socket.
      for (const client of [...added, ...updated]) {
        const owner = this.#awarenessOwners.get(client);
        if (owner === origin) continue;
        owner?.awarenessClients.delete(client);
        origin.awarenessClients.add(client);
        this.#awarenessOwners.set(client, origin);
      }
    }
    for (const client of removed) {
      this.#awarenessOwners.get(client)?.awarenessClients.delete(client);
      this.#awarenessOwners.delete(client);
    }
    for (const client of updated) {
      if (!this.#changedAwareness.has(client)) {
        this.#renewals.add(client, this.#awarenessOwners.get(client));
      }
    }
  }

  #queueChangedAwareness({ added, updated, removed }: AwarenessChange): void {
    for (const list of [added, updated, removed]) {
      for (const client of list) this.#changedAwareness.add(client);
    }
    this.#awarenessFlush ??= setTimeout(
      () => this.#flushAwareness(),
      this.#options.awarenessWindowMs,
    );
  }

  #flushAwareness(): void {
    this.#awarenessFlush = null;
    const clients = [...this.#changedAwareness];
    this.#changedAwareness.clear();
    for (const client of clients) this.#renewals.forget(client);
    if (clients.length > 0) {
      this.#broadcast(outgoingMessages.awareness(this.awareness, clients), null);
    }
  }

  #sendStoredNotice(): void {
    this.#storedNotice = null;
    if (this.#batcher.unsettled) return;
    const listeners = [...this.#connections].filter((connection) => connection.saidHello);
    if (listeners.length === 0) return;
    this.#lastStoredNoticeAt = Date.now();
    const stateVector = Buffer.from(this.#stateVector()).toString('base64');
    const message = encodeCustomMessage(MESSAGE.stored, { stateVector });
    for (const connection of listeners) connection.send(message);
  }
}

import type * as Y from 'yjs';
import type { UpdateRejectedPayload } from '../../shared/protocol/customMessages.ts';
import type { AwarenessEntry } from './AwarenessEntry.ts';
import type { Connection } from './Connection.ts';
import type { RequestHandler } from './requestHandlers.ts';

type MaybePromise<T> = T | Promise<T>;

/** Why an update was refused; sent to the sender as the `updateRejected` message. */
export type UpdateRejection = UpdateRejectedPayload;

export interface DocumentContext {
  documentId: string;
  /** The live document (built from stored content on first access); read it, never change it. */
  readonly doc: Y.Doc;
}

export interface IncomingUpdateContext extends DocumentContext {
  /** The socket the update came from. */
  connection: Connection;
  /** The update as received (sync step 2 or update message): decodable, not yet applied. */
  update: Uint8Array;
}

export interface ConnectionContext extends DocumentContext {
  connection: Connection;
}

export interface IncomingAwarenessContext {
  documentId: string;
  /** The socket the awareness update came from. */
  connection: Connection;
  /** The open socket that announced this awareness client id so far, if any. */
  ownerOf(clientId: number): Connection | undefined;
}

export interface StoreUpdateContext extends DocumentContext {
  /** Accepted updates of one event-loop turn, merged into one, already applied to `doc`. */
  update: Uint8Array;
}

export interface UnloadDocumentContext extends DocumentContext {
  /**
   * `discarded`: the document was deleted, or its memory copy is being dropped and reloaded
   * from storage; write nothing back for it.
   */
  reason: 'idle' | 'shutdown' | 'discarded';
}

/**
 * The points where server features plug into the collaboration core. Every member is
 * optional; implementers (persistence, lock enforcement, auth) each live in their own file
 * and are called in the order they were registered.
 */
export interface DocumentHooks {
  /** Name used in logs. */
  name: string;

  /**
   * Reads the document's stored content: encoded updates (a compacted state, then later
   * updates) that the core applies to the Y.Doc when it is first needed. Throw
   * `DocumentNotFoundError` when the document does not exist; the upgrade is then refused
   * with 404.
   */
  loadDocument?(context: { documentId: string }): MaybePromise<Uint8Array[] | undefined>;

  /**
   * Sees every incoming update before it is applied. Return a rejection to refuse it: the
   * update is then not applied, not stored and not broadcast, and a sender that said `hello`
   * receives `updateRejected`. Return nothing to accept. The first rejection wins and later
   * hooks are not asked. A throw closes the sender's socket with CLOSE.internalError and
   * changes nothing.
   */
  beforeApplyUpdate?(context: IncomingUpdateContext): MaybePromise<UpdateRejection | undefined>;

  /**
   * Sees each client state of every incoming awareness update before it is applied and
   * relayed. Return the entry to apply (the same or a rewritten one), or null to drop it. Must
   * be synchronous and cheap: awareness updates come with every caret move.
   */
  beforeApplyAwareness?(
    context: IncomingAwarenessContext,
    entry: AwarenessEntry,
  ): AwarenessEntry | null;

  /**
   * Makes accepted updates durable; called before they are broadcast. A throw or rejection
   * leaves the document dirty in memory and the call is retried (a bounded number of times)
   * with every update not yet stored merged into one, so it must be safe to repeat.
   */
  storeUpdate?(context: StoreUpdateContext): MaybePromise<void>;

  /**
   * Sees every incoming update after it was applied to the document (it passed every
   * `beforeApplyUpdate` hook). Must be synchronous and cheap; a throw is logged.
   */
  afterApplyUpdate?(context: IncomingUpdateContext): void;

  /** A socket joined the document (after it was loaded). Synchronous; a throw is logged. */
  connectionOpened?(context: ConnectionContext): void;

  /** A socket on the document closed. Synchronous; a throw is logged. */
  connectionClosed?(context: ConnectionContext): void;

  /** A socket said `hello`: it now receives custom messages. Synchronous; a throw is logged. */
  helloReceived?(context: ConnectionContext): void;

  /** Further kinds of `request` this implementer answers, by kind. */
  requestHandlers?: ReadonlyMap<string, RequestHandler>;

  /** Called before a document leaves memory, after its last update was stored. */
  unloadDocument?(context: UnloadDocumentContext): MaybePromise<void>;
}

/** Runs the `beforeApplyUpdate` hooks in order; synchronous while every hook is. */
export function runBeforeApplyUpdate(
  hooks: readonly DocumentHooks[],
  context: IncomingUpdateContext,
): MaybePromise<UpdateRejection | undefined> {
  for (let index = 0; index < hooks.length; index++) {
    const hook = hooks[index]!;
    if (!hook.beforeApplyUpdate) continue;
    const verdict = hook.beforeApplyUpdate(context);
    if (verdict instanceof Promise) {
      return verdict.then(
        (rejection) => rejection ?? runBeforeApplyUpdate(hooks.slice(index + 1), context),
      );
    }
    if (verdict) return verdict;
  }
  return undefined;
}

/** Runs the `beforeApplyAwareness` hooks in order over each entry; dropped entries are left out. */
export function runBeforeApplyAwareness(
  hooks: readonly DocumentHooks[],
  context: IncomingAwarenessContext,
  entries: readonly AwarenessEntry[],
): AwarenessEntry[] {
  const kept: AwarenessEntry[] = [];
  for (const entry of entries) {
    let current: AwarenessEntry | null = entry;
    for (const hook of hooks) {
      if (!current) break;
      if (hook.beforeApplyAwareness) current = hook.beforeApplyAwareness(context, current);
    }
    if (current) kept.push(current);
  }
  return kept;
}

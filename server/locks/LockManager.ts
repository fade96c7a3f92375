import type { z } from 'zod';
import { permissionsOf } from '../../shared/auth/roles.ts';
import {
  lockClaimSchema,
  lockReleaseSchema,
  type LockNotice,
} from '../../shared/locks/lockMessages.ts';
import { ancestryOf } from '../../shared/locks/SectionHierarchy.ts';
import { findClaimConflict, mayRelease, subsumedLocks } from '../../shared/locks/lockRules.ts';
import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { REQUEST_ERROR, REQUEST_KIND } from '../../shared/protocol/realtimeRequests.ts';
import type { DocumentHooks } from '../collab/hooks.ts';
import { RequestError } from '../collab/RequestError.ts';
import type { RequestContext, RequestHandler } from '../collab/requestHandlers.ts';
import type { Logger } from '../logging/Logger.ts';
import type { LockStore } from '../storage/LockStore.ts';
import { DocumentLocks } from './DocumentLocks.ts';
import { lockTexts } from './lockTexts.ts';

export interface LockManagerOptions {
  /** A lock ends after this long without an edit by its holder inside the section. */
  idleMs: number;
  /** A lock ends when none of its holder's sockets was on the document for this long. */
  graceMs: number;
}

// The last edit time is kept in memory at once and written to storage at most this often.
const STORE_EDIT_EVERY_MS = 5_000;
const LONGEST_TIMER_MS = 2 ** 31 - 1;

function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success)
    throw new RequestError(REQUEST_ERROR.invalidPayload, lockTexts.invalidPayload);
  return parsed.data;
}

/**
 * Section locks: held in memory per loaded document and in the lock store, claimed and
 * released on the realtime channel, ended by idleness or a holder gone for the grace period,
 * and pushed to every socket as the full set after each change. `hooks` plugs it into the
 * collaboration core; enforcement on updates is `lockEnforcementHook`.
 */
export class LockManager {
  readonly hooks: DocumentHooks;
  readonly #store: LockStore;
  readonly #options: LockManagerOptions;
  readonly #logger: Logger;
  readonly #documents = new Map<string, DocumentLocks>();

  constructor(store: LockStore, options: LockManagerOptions, logger: Logger) {
    this.#store = store;
    this.#options = options;
    this.#logger = logger;
    const handlers = new Map<string, RequestHandler>([
      [REQUEST_KIND.lockClaim, (context) => this.#claim(context)],
      [REQUEST_KIND.lockRelease, (context) => this.#release(context)],
    ]);
    this.hooks = {
      name: 'locks',
      requestHandlers: handlers,
      loadDocument: ({ documentId }) => this.#load(documentId),
      unloadDocument: ({ documentId }) => this.#unload(documentId),
      connectionOpened: ({ documentId, connection }) => {
        const state = this.#stateOf(documentId);
        state.connections.add(connection);
        state.absentSince.delete(connection.identity.userId);
      },
      connectionClosed: ({ documentId, connection }) => {
        const state = this.#documents.get(documentId);
        if (!state?.connections.delete(connection)) return;
        const { userId } = connection.identity;
        if (state.isConnected(userId)) return;
        state.absentSince.set(userId, Date.now());
        if (state.holds(userId)) this.#schedule(state);
      },
      helloReceived: ({ documentId, connection }) => {
        connection.send(this.#locksMessage(this.#stateOf(documentId)));
      },
    };
  }

  /** The document's locks while it is loaded; undefined or empty when nothing is locked. */
  documentLocks(documentId: string): DocumentLocks | undefined {
    return this.#documents.get(documentId);
  }

  /** Notes that `userId` changed these sections: their locks inside them stay alive. */
  recordEdit(documentId: string, userId: string, sectionIds: ReadonlySet<string>): void {
    const state = this.#documents.get(documentId);
    if (!state?.doc || !state.holds(userId)) return;
    const hierarchy = state.hierarchy(state.doc);
    const now = Date.now();
    const at = new Date(now).toISOString();
    for (const sectionId of sectionIds) {
      for (const id of ancestryOf(hierarchy, sectionId)) {
        const lock = state.locks.get(id);
        if (!lock || lock.holderId !== userId || lock.lastEditAt === at) continue;
        lock.lastEditAt = at;
        if (now - (state.storedEditAt.get(id) ?? 0) >= STORE_EDIT_EVERY_MS) {
          state.storedEditAt.set(id, now);
          this.#storeEdit(documentId, lock);
        }
      }
    }
  }

  async #load(documentId: string): Promise<undefined> {
    this.#documents.get(documentId)?.dispose();
    const state = new DocumentLocks(documentId, (changed) => this.#scheduleStructureCheck(changed));
    this.#documents.set(documentId, state);
    const stored = await this.#store.listForDocument(documentId);
    const now = Date.now();
    for (const lock of stored) {
      state.locks.set(lock.sectionId, lock);
      state.storedEditAt.set(lock.sectionId, Date.parse(lock.lastEditAt));
      // Nobody is connected yet: the grace period starts again now.
      state.absentSince.set(lock.holderId, now);
    }
    this.#schedule(state);
    return undefined;
  }

  async #unload(documentId: string): Promise<void> {
    const state = this.#documents.get(documentId);
    if (!state) return;
    this.#documents.delete(documentId);
    state.dispose();
    for (const lock of state.locks.values()) {
      if (Date.parse(lock.lastEditAt) > (state.storedEditAt.get(lock.sectionId) ?? 0)) {
        await this.#store.touch(documentId, lock.sectionId, lock.lastEditAt);
      }
    }
  }

  #stateOf(documentId: string): DocumentLocks {
    let state = this.#documents.get(documentId);
    if (!state) {
      state = new DocumentLocks(documentId, (changed) => this.#scheduleStructureCheck(changed));
      this.#documents.set(documentId, state);
    }
    return state;
  }

  async #claim({ connection, document, payload }: RequestContext): Promise<SectionLock> {
    const { sectionId } = parsePayload(lockClaimSchema, payload);
    const { userId, displayName, color, role } = connection.identity;
    if (!permissionsOf(role).lock) {
      throw new RequestError(REQUEST_ERROR.forbidden, lockTexts.mayNotClaim);
    }
    const state = this.#stateOf(document.id);
    const hierarchy = state.hierarchy(document.doc);
    const conflict = findClaimConflict(hierarchy, state.locks, sectionId, userId);
    if (conflict?.kind === 'notFound') {
      throw new RequestError(REQUEST_ERROR.notFound, lockTexts.notFound(sectionId));
    }
    if (conflict?.kind === 'heldBySelf') return conflict.lock;
    if (conflict) {
      throw new RequestError(REQUEST_ERROR.lockConflict, lockTexts.conflict(conflict.lock));
    }
    const subsumed = subsumedLocks(hierarchy, state.locks, sectionId);
    const now = new Date().toISOString();
    const lock: SectionLock = {
      sectionId,
      holderId: userId,
      holderName: displayName,
      holderColor: color,
      since: now,
      lastEditAt: now,
    };
    // Memory first, so that enforcement and concurrent claims see the lock at once.
    for (const replaced of subsumed) state.locks.delete(replaced.sectionId);
    state.locks.set(sectionId, lock);
    state.absentSince.delete(userId);
    try {
      await this.#store.grant(
        document.id,
        lock,
        subsumed.map((replaced) => replaced.sectionId),
      );
    } catch (error: unknown) {
      this.#logger.error('storing a lock failed', { documentId: document.id, sectionId, error });
      state.locks.delete(sectionId);
      for (const replaced of subsumed) state.locks.set(replaced.sectionId, replaced);
      throw new RequestError(REQUEST_ERROR.failed, lockTexts.failed);
    }
    state.storedEditAt.set(sectionId, Date.parse(now));
    this.#logger.info('lock granted', { documentId: document.id, sectionId, userId });
    this.#changed(state);
    return lock;
  }

  async #release({ connection, document, payload }: RequestContext): Promise<SectionLock> {
    const { sectionId, force } = parsePayload(lockReleaseSchema, payload);
    const { userId, displayName, role } = connection.identity;
    const state = this.#stateOf(document.id);
    const lock = state.locks.get(sectionId);
    if (!lock) throw new RequestError(REQUEST_ERROR.notFound, lockTexts.noLock(sectionId));
    const own = lock.holderId === userId;
    if (!own && !force) throw new RequestError(REQUEST_ERROR.forbidden, lockTexts.notForced(lock));
    if (!mayRelease(lock, userId, role)) {
      throw new RequestError(REQUEST_ERROR.forbidden, lockTexts.mayNotRelease(lock));
    }
    state.locks.delete(sectionId);
    try {
      await this.#store.release(document.id, [sectionId]);
    } catch (error: unknown) {
      this.#logger.error('releasing a lock failed', { documentId: document.id, sectionId, error });
      if (!state.locks.has(sectionId)) state.locks.set(sectionId, lock);
      throw new RequestError(REQUEST_ERROR.failed, lockTexts.failed);
    }
    state.storedEditAt.delete(sectionId);
    this.#logger.info('lock released', { documentId: document.id, sectionId, userId, force: !own });
    if (!own)
      this.#notice(state, lock.holderId, { kind: 'forceReleased', sectionId, by: displayName });
    this.#changed(state);
    return lock;
  }

  /** Ends locks the server decided to end (expired, holder gone, section deleted). */
  #end(
    state: DocumentLocks,
    ended: ReadonlyArray<{ lock: SectionLock; notice?: LockNotice }>,
  ): void {
    if (ended.length === 0) return;
    const sectionIds = ended.map(({ lock }) => lock.sectionId);
    for (const sectionId of sectionIds) {
      state.locks.delete(sectionId);
      state.storedEditAt.delete(sectionId);
    }
    this.#store.release(state.documentId, sectionIds).catch((error: unknown) => {
      this.#logger.error('releasing locks failed', {
        documentId: state.documentId,
        sectionIds,
        error,
      });
    });
    for (const { lock, notice } of ended) {
      this.#logger.info('lock ended', {
        documentId: state.documentId,
        sectionId: lock.sectionId,
        userId: lock.holderId,
        why: notice?.kind ?? 'sectionDeleted',
      });
      if (notice) this.#notice(state, lock.holderId, notice);
    }
    this.#changed(state);
  }

  #changed(state: DocumentLocks): void {
    const message = this.#locksMessage(state);
    for (const connection of state.connections) if (connection.saidHello) connection.send(message);
    this.#schedule(state);
  }

  #locksMessage(state: DocumentLocks): Uint8Array {
    return encodeCustomMessage(MESSAGE.locks, { locks: [...state.locks.values()] });
  }

  #notice(state: DocumentLocks, holderId: string, notice: LockNotice): void {
    const message = encodeCustomMessage(MESSAGE.lockNotice, notice);
    for (const connection of state.connections) {
      if (connection.saidHello && connection.identity.userId === holderId) connection.send(message);
    }
  }

  #storeEdit(documentId: string, lock: SectionLock): void {
    this.#store.touch(documentId, lock.sectionId, lock.lastEditAt).catch((error: unknown) => {
      this.#logger.warn('storing a lock edit time failed', { documentId, error });
    });
  }

  /** Sets one timer for the document's earliest idle or grace deadline. */
  #schedule(state: DocumentLocks): void {
    if (state.timer) clearTimeout(state.timer);
    state.timer = null;
    let next = Infinity;
    for (const lock of state.locks.values()) {
      next = Math.min(next, Date.parse(lock.lastEditAt) + this.#options.idleMs);
      const absent = state.absentSince.get(lock.holderId);
      if (absent !== undefined) next = Math.min(next, absent + this.#options.graceMs);
    }
    if (next === Infinity) return;
    const delay = Math.min(LONGEST_TIMER_MS, Math.max(0, next - Date.now()));
    state.timer = setTimeout(() => this.#sweep(state), delay);
    state.timer.unref();
  }

  #sweep(state: DocumentLocks): void {
    state.timer = null;
    if (this.#documents.get(state.documentId) !== state) return;
    const now = Date.now();
    const ended: Array<{ lock: SectionLock; notice: LockNotice }> = [];
    for (const lock of state.locks.values()) {
      const { sectionId } = lock;
      const absent = state.absentSince.get(lock.holderId);
      if (Date.parse(lock.lastEditAt) + this.#options.idleMs <= now) {
        ended.push({ lock, notice: { kind: 'expired', sectionId } });
      } else if (absent !== undefined && absent + this.#options.graceMs <= now) {
        ended.push({ lock, notice: { kind: 'disconnected', sectionId } });
      }
    }
    if (ended.length > 0) this.#end(state, ended);
    else this.#schedule(state);
  }

  #scheduleStructureCheck(state: DocumentLocks): void {
    state.structureCheck ??= setImmediate(() => {
      state.structureCheck = null;
      const doc = state.doc;
      if (!doc || this.#documents.get(state.documentId) !== state) return;
      const hierarchy = state.hierarchy(doc);
      const gone = [...state.locks.values()].filter((lock) => !hierarchy.has(lock.sectionId));
      this.#end(
        state,
        gone.map((lock) => ({ lock })),
      );
    });
  }
}

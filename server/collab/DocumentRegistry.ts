import type { CloseKind } from '../../shared/protocol/closeCodes.ts';
import type { Logger } from '../logging/Logger.ts';
import type { DocumentHooks, UnloadDocumentContext } from './hooks.ts';
import { SharedDocument, type SharedDocumentOptions } from './SharedDocument.ts';

export interface RegistryOptions extends SharedDocumentOptions {
  unloadDelayMs: number;
}

interface Entry {
  loading: Promise<SharedDocument>;
  document: SharedDocument | null;
  holders: number;
  unloadTimer: NodeJS.Timeout | null;
  unloading: boolean;
}

/**
 * The documents in memory. A document is loaded when first acquired and unloaded
 * `unloadDelayMs` after its last holder released it, once everything it accepted is stored.
 */
export class DocumentRegistry {
  readonly #hooks: readonly DocumentHooks[];
  readonly #options: RegistryOptions;
  readonly #logger: Logger;
  readonly #entries = new Map<string, Entry>();
  #closed = false;

  constructor(hooks: readonly DocumentHooks[], options: RegistryOptions, logger: Logger) {
    this.#hooks = hooks;
    this.#options = options;
    this.#logger = logger;
  }

  get loadedCount(): number {
    return this.#entries.size;
  }

  get connectionCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) count += entry.document?.connectionCount ?? 0;
    return count;
  }

  /** The documents in memory now, with their open sockets. */
  *loadedDocuments(): IterableIterator<SharedDocument> {
    for (const entry of this.#entries.values()) if (entry.document) yield entry.document;
  }

  /** Loads the document if needed and holds it in memory until `release`. */
  async acquire(id: string): Promise<SharedDocument> {
    if (this.#closed) throw new Error('The document registry is closed');
    let entry = this.#entries.get(id);
    if (!entry) {
      const created: Entry = {
        loading: this.#load(id),
        document: null,
        holders: 0,
        unloadTimer: null,
        unloading: false,
      };
      entry = created;
      this.#entries.set(id, created);
      created.loading.then(
        (document) => {
          created.document = document;
        },
        () => {
          if (this.#entries.get(id) === created) this.#entries.delete(id);
        },
      );
    }
    entry.holders++;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    try {
      return await entry.loading;
    } catch (error: unknown) {
      entry.holders--;
      throw error;
    }
  }

  release(document: SharedDocument): void {
    const entry = this.#entries.get(document.id);
    if (!entry || entry.document !== document) return;
    entry.holders = Math.max(0, entry.holders - 1);
    if (entry.holders === 0 && !this.#closed) this.#scheduleUnload(entry, document);
  }

  /** Runs `work` on the live document, loading it for the duration if it is not loaded. */
  async withDocument<T>(
    id: string,
    work: (document: SharedDocument) => T | Promise<T>,
  ): Promise<T> {
    const document = await this.acquire(id);
    try {
      return await work(document);
    } finally {
      this.release(document);
    }
  }

  /** The document's current content as one encoded Yjs update, loaded or not. */
  readDocumentState(id: string): Promise<Uint8Array> {
    return this.withDocument(id, (document) => document.encodeState());
  }

  /** Closes the document's sockets and drops it from memory without storing anything more. */
  async discard(id: string, closeKind: CloseKind): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    const document = await entry.loading.catch(() => null);
    if (!document) return;
    document.closeConnections(closeKind);
    await this.#runUnloadHooks(document, 'discarded');
    document.destroy({ discardUnstored: true });
  }

  /** Drops a memory copy that no longer matches storage; clients reconnect and resync. */
  async #reload(document: SharedDocument): Promise<void> {
    const entry = this.#entries.get(document.id);
    if (!entry || entry.document !== document) return;
    this.#logger.warn('reloading document from storage after a failed update', {
      documentId: document.id,
    });
    this.#entries.delete(document.id);
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    document.closeConnections('internalError');
    await document.flush();
    await this.#runUnloadHooks(document, 'discarded');
    document.destroy({ discardUnstored: false });
  }

  /** Shutdown: closes every socket, stores and unloads every document. */
  async close(): Promise<void> {
    this.#closed = true;
    const entries = [...this.#entries.values()];
    for (const entry of entries) {
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      entry.document?.closeConnections('goingAway');
    }
    await Promise.all(
      entries.map(async (entry) => {
        const document = await entry.loading.catch(() => null);
        if (document) await this.#unload(entry, document, 'shutdown');
      }),
    );
  }

  async #load(id: string): Promise<SharedDocument> {
    const document = new SharedDocument(
      id,
      this.#hooks,
      this.#options,
      this.#logger,
      (corrupted) => void this.#reload(corrupted),
    );
    const content: Uint8Array[] = [];
    try {
      for (const hook of this.#hooks) {
        if (hook.loadDocument)
          content.push(...((await hook.loadDocument({ documentId: id })) ?? []));
      }
    } catch (error: unknown) {
      document.destroy({ discardUnstored: true });
      throw error;
    }
    document.activate(content);
    this.#logger.debug('document loaded', { documentId: id });
    return document;
  }

  #scheduleUnload(entry: Entry, document: SharedDocument): void {
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => {
      entry.unloadTimer = null;
      void this.#unloadIfIdle(entry, document);
    }, this.#options.unloadDelayMs);
  }

  async #unloadIfIdle(entry: Entry, document: SharedDocument): Promise<void> {
    if (entry.holders > 0 || entry.unloading || this.#entries.get(document.id) !== entry) return;
    entry.unloading = true;
    await document.flush();
    if (document.isDirty) await document.retryStore();
    entry.unloading = false;
    if (entry.holders > 0 || this.#entries.get(document.id) !== entry) return;
    if (document.isDirty) {
      this.#logger.warn('document not unloaded: unstored updates remain', {
        documentId: document.id,
      });
      this.#scheduleUnload(entry, document);
      return;
    }
    await this.#unload(entry, document, 'idle');
  }

  async #unload(
    entry: Entry,
    document: SharedDocument,
    reason: UnloadDocumentContext['reason'],
  ): Promise<void> {
    if (this.#entries.get(document.id) === entry) this.#entries.delete(document.id);
    await document.flush();
    if (document.isDirty) await document.retryStore();
    if (document.isDirty) {
      this.#logger.error('unloading a document with unstored updates', {
        documentId: document.id,
        reason,
      });
    }
    await this.#runUnloadHooks(document, reason);
    document.destroy({ discardUnstored: false });
    this.#logger.debug('document unloaded', { documentId: document.id, reason });
  }

  async #runUnloadHooks(
    document: SharedDocument,
    reason: UnloadDocumentContext['reason'],
  ): Promise<void> {
    for (const hook of this.#hooks) {
      if (!hook.unloadDocument) continue;
      try {
        await hook.unloadDocument({
          documentId: document.id,
          get doc() {
            return document.doc;
          },
          reason,
        });
      } catch (error: unknown) {
        this.#logger.error('unload hook failed', {
          documentId: document.id,
          hook: hook.name,
          error,
        });
      }
    }
  }
}

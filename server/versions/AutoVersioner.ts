import * as Y from 'yjs';
import { Connection } from '../collab/Connection.ts';
import type { DocumentHooks, UnloadDocumentContext } from '../collab/hooks.ts';
import type { Logger } from '../logging/Logger.ts';
import type { Storage } from '../storage/Storage.ts';
import { buildVersion } from './buildVersion.ts';
import { versionRetention } from './versionRetention.ts';
import { versionTexts } from './versionTexts.ts';

interface Watched {
  doc: Y.Doc;
  listener: (update: Uint8Array, origin: unknown) => void;
  /** When a client last changed the content not yet kept in a version (ms); 0 for never. */
  lastEditAt: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Keeps an automatic version of a report once its drafters paused for `pauseMs`, and when it
 * leaves memory, if clients changed it since and no version holds that content yet. Only
 * changes that clients made count: loading, restoring and refused updates do not.
 */
export class AutoVersioner {
  readonly hooks: DocumentHooks;
  readonly #storage: Storage;
  readonly #pauseMs: number;
  readonly #logger: Logger;
  readonly #watched = new Map<string, Watched>();

  constructor(storage: Storage, options: { pauseMs: number }, logger: Logger) {
    this.#storage = storage;
    this.#pauseMs = options.pauseMs;
    this.#logger = logger;
    this.hooks = {
      name: 'auto-versions',
      // Seen before the first update applies, so that its change is heard too.
      beforeApplyUpdate: ({ documentId, doc }) => {
        this.#watch(documentId, doc);
        return undefined;
      },
      unloadDocument: (context) => this.#unload(context),
    };
  }

  #watch(documentId: string, doc: Y.Doc): void {
    const current = this.#watched.get(documentId);
    if (current?.doc === doc) return;
    if (current) this.#stopWatching(current);
    const watched: Watched = {
      doc,
      lastEditAt: 0,
      timer: null,
      listener: (_update, origin) => {
        if (origin instanceof Connection) this.#edited(watched, documentId);
      },
    };
    doc.on('update', watched.listener);
    this.#watched.set(documentId, watched);
  }

  #edited(watched: Watched, documentId: string): void {
    watched.lastEditAt = Date.now();
    watched.timer ??= setTimeout(() => this.#paused(watched, documentId), this.#pauseMs);
  }

  // One timer per document, moved on when it fires early rather than reset on every edit.
  #paused(watched: Watched, documentId: string): void {
    watched.timer = null;
    if (watched.lastEditAt === 0) return;
    const wait = watched.lastEditAt + this.#pauseMs - Date.now();
    if (wait > 0) {
      watched.timer = setTimeout(() => this.#paused(watched, documentId), wait);
      return;
    }
    watched.lastEditAt = 0;
    void this.#snapshot(documentId, Y.encodeStateAsUpdate(watched.doc));
  }

  async #unload({ documentId, doc, reason }: UnloadDocumentContext): Promise<void> {
    const watched = this.#watched.get(documentId);
    if (!watched) return;
    this.#watched.delete(documentId);
    this.#stopWatching(watched);
    if (reason === 'discarded' || watched.lastEditAt === 0) return;
    await this.#snapshot(documentId, Y.encodeStateAsUpdate(doc));
  }

  #stopWatching(watched: Watched): void {
    if (watched.timer) clearTimeout(watched.timer);
    watched.timer = null;
    watched.doc.off('update', watched.listener);
  }

  async #snapshot(documentId: string, state: Uint8Array): Promise<void> {
    try {
      const document = await this.#storage.getDocument(documentId);
      if (!document) return;
      const { version } = buildVersion({
        document,
        state,
        kind: 'auto',
        name: versionTexts.autoName,
        author: null,
      });
      if (await this.#storage.versions.hasContent(documentId, version.contentHash)) return;
      await this.#storage.versions.create(version, versionRetention.auto);
      this.#logger.info('automatic version kept', { documentId, versionId: version.id });
    } catch (error: unknown) {
      this.#logger.error('automatic version not kept', { documentId, error });
    }
  }
}

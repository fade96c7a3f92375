import * as Y from 'yjs';
import { DocumentNotFoundError } from '../documents/DocumentNotFoundError.ts';
import type { Logger } from '../logging/Logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { DocumentHooks } from './hooks.ts';

interface LogState {
  lastUpdateId: number;
  appendedSinceCompaction: number;
  compaction: Promise<void> | null;
}

/**
 * Persistence as a hook implementer: loads a document from its compacted state and log,
 * appends every accepted batch to the log, and compacts the log in the background after
 * `compactAfterUpdates` appends and when the document unloads.
 */
export function createPersistenceHooks(
  storage: Storage,
  options: { compactAfterUpdates: number },
  logger: Logger,
): DocumentHooks {
  const logs = new Map<string, LogState>();

  const compact = (documentId: string, doc: Y.Doc, state: LogState): Promise<void> => {
    if (state.compaction) return state.compaction;
    state.compaction = (async () => {
      const upTo = state.lastUpdateId;
      const appended = state.appendedSinceCompaction;
      if (appended === 0) return;
      const started = performance.now();
      const encoded = Y.encodeStateAsUpdate(doc);
      await storage.compact(documentId, encoded, upTo);
      state.appendedSinceCompaction -= appended;
      logger.debug('log compacted', {
        documentId,
        updates: appended,
        bytes: encoded.byteLength,
        ms: Math.round(performance.now() - started),
      });
    })()
      .catch((error: unknown) => {
        logger.error('compaction failed; the log is kept', { documentId, error });
      })
      .finally(() => {
        state.compaction = null;
      });
    return state.compaction;
  };

  return {
    name: 'persistence',

    async loadDocument({ documentId }) {
      if (!(await storage.getDocument(documentId))) throw new DocumentNotFoundError(documentId);
      const content = await storage.loadContent(documentId);
      // A log already past the threshold is folded into the state on the next store or unload.
      logs.set(documentId, {
        lastUpdateId: content.lastUpdateId,
        appendedSinceCompaction: content.logLength,
        compaction: null,
      });
      return content.updates;
    },

    async storeUpdate({ documentId, doc, update }) {
      const state = logs.get(documentId);
      if (!state) throw new Error(`Document ${documentId} is not loaded`);
      state.lastUpdateId = await storage.appendUpdate(documentId, update);
      state.appendedSinceCompaction++;
      if (state.appendedSinceCompaction >= options.compactAfterUpdates && !state.compaction) {
        setImmediate(() => {
          if (logs.get(documentId) === state) void compact(documentId, doc, state);
        });
      }
    },

    async unloadDocument({ documentId, doc, reason }) {
      const state = logs.get(documentId);
      logs.delete(documentId);
      if (!state) return;
      if (state.compaction) await state.compaction;
      if (reason !== 'discarded' && state.appendedSinceCompaction > 0) {
        await compact(documentId, doc, state);
      }
      // Nothing loaded: SQLite's page cache would only hold pages of reports gone from memory.
      if (logs.size === 0) storage.releaseMemory();
    },
  };
}

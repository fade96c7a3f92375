import { blockingLock } from '../../shared/locks/lockRules.ts';
import { sectionsTouchedByUpdate } from '../../shared/locks/sectionsTouchedByUpdate.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { RestoreResult } from '../../shared/versions/versionApi.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { SharedDocument } from '../collab/SharedDocument.ts';
import { DocumentNotFoundError } from '../documents/DocumentNotFoundError.ts';
import { ApiError } from '../http/ApiError.ts';
import type { LockManager } from '../locks/LockManager.ts';
import type { Logger } from '../logging/Logger.ts';
import type { VersionAuthor } from './buildVersion.ts';
import { restoreUpdate } from './restoreUpdate.ts';
import type { VersionService } from './VersionService.ts';
import { versionTexts } from './versionTexts.ts';

/**
 * Restores a version as a new change on top of the live document: stored and broadcast like
 * any client's update, so history is kept and every open editor follows. Sections identical in
 * both stay untouched; the restore is refused while someone else locks a section it changes.
 */
export class VersionRestorer {
  readonly #versions: VersionService;
  readonly #registry: DocumentRegistry;
  readonly #locks: LockManager;
  readonly #logger: Logger;

  constructor(
    versions: VersionService,
    registry: DocumentRegistry,
    locks: LockManager,
    logger: Logger,
  ) {
    this.#versions = versions;
    this.#registry = registry;
    this.#locks = locks;
    this.#logger = logger;
  }

  /** `stored` is false when the restored content is live but storing it failed (for now). */
  async restore(
    document: DocumentSummary,
    versionId: string,
    user: VersionAuthor,
  ): Promise<{ result: RestoreResult; stored: boolean }> {
    const restored = await this.#versions.get(document.id, versionId);
    const state = await this.#versions.readState(document.id, versionId);
    try {
      return await this.#registry.withDocument(document.id, async (shared) => {
        // Refused before the backup is made, then checked again on the state it applies to.
        this.#changeFor(shared, state, user.id);
        const backup = await this.#versions.create(
          document,
          'beforeRestore',
          versionTexts.beforeRestoreName(restored.name),
          user,
          shared.encodeState(),
        );
        const update = this.#changeFor(shared, state, user.id);
        // A repeated restore changes nothing but is a fair moment to retry what failed to store.
        const stored = update ? await shared.applyServerUpdate(update) : await shared.retryStore();
        const details = {
          documentId: document.id,
          versionId,
          backupId: backup.id,
          bytes: update?.byteLength ?? 0,
        };
        if (stored) this.#logger.info('version restored', details);
        else this.#logger.error('version restored but not stored yet', details);
        return { result: { backup, restored }, stored };
      });
    } catch (error: unknown) {
      if (error instanceof DocumentNotFoundError) {
        throw new ApiError(API_ERROR.notFound, `Document ${document.id} does not exist`);
      }
      throw error;
    }
  }

  /** The update the restore applies now, or null for none; 409 if another's lock is in the way. */
  #changeFor(shared: SharedDocument, state: Uint8Array, userId: string): Uint8Array | null {
    const update = restoreUpdate(shared.doc, state);
    const locks = this.#locks.documentLocks(shared.id);
    if (!update || !locks || locks.locks.size === 0) return update;
    const hierarchy = locks.hierarchy(shared.doc);
    for (const sectionId of sectionsTouchedByUpdate(shared.doc, update).sectionIds) {
      const lock = blockingLock(hierarchy, locks.locks, sectionId, userId);
      if (lock) throw new ApiError(API_ERROR.conflict, versionTexts.restoreLocked(lock.holderName));
    }
    return update;
  }
}

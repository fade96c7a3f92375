import type Database from 'better-sqlite3';
import type {
  ReviewEvent,
  ReviewStatus,
  VersionSummary,
} from '../../shared/versions/versionApi.ts';
import { FrozenVersionError } from './FrozenVersionError.ts';
import { createVersionSchema } from './versionSchema.ts';
import { VersionLimitError } from './VersionLimitError.ts';
import { toEvent, toFrozenRecord, toSummary } from './versionRows.ts';
import { versionStatements } from './versionStatements.ts';
import type {
  FrozenRecord,
  NewVersion,
  ReviewTransition,
  VersionRetention,
  VersionStore,
} from './VersionStore.ts';

/** Versions and review state in the server's SQLite file. */
export class SqliteVersionStore implements VersionStore {
  readonly #db: Database.Database;
  readonly #statements: ReturnType<typeof versionStatements>;

  constructor(db: Database.Database) {
    this.#db = db;
    createVersionSchema(db);
    this.#statements = versionStatements(db);
  }

  async list(documentId: string): Promise<VersionSummary[]> {
    return this.#statements.list.all(documentId).map(toSummary);
  }

  async get(documentId: string, versionId: string): Promise<VersionSummary | undefined> {
    const row = this.#statements.get.get(documentId, versionId);
    return row ? toSummary(row) : undefined;
  }

  async readState(documentId: string, versionId: string): Promise<Uint8Array | undefined> {
    const row = this.#statements.state.get(documentId, versionId);
    if (!row) return undefined;
    return new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength);
  }

  async readFrozen(documentId: string, versionId: string): Promise<FrozenRecord | undefined> {
    const row = this.#statements.frozen.get(documentId, versionId);
    return row ? toFrozenRecord(row) : undefined;
  }

  async hasContent(documentId: string, contentHash: string): Promise<boolean> {
    return this.#statements.hasContent.get(documentId, contentHash) !== undefined;
  }

  async contentHash(documentId: string, versionId: string): Promise<string | undefined> {
    return this.#statements.contentHash.get(documentId, versionId)?.content_hash;
  }

  async create(version: NewVersion, retention: VersionRetention = {}): Promise<VersionSummary> {
    const { documentId, kind } = version;
    this.#db.transaction(() => {
      const { limit, keepNewest } = retention;
      if (
        limit !== undefined &&
        this.#statements.countOfKind.get(documentId, kind)!.count >= limit
      ) {
        throw new VersionLimitError(limit);
      }
      this.#insert(version);
      if (keepNewest !== undefined) {
        this.#statements.pruneKind.run(documentId, kind, documentId, kind, keepNewest);
      }
    })();
    return (await this.get(documentId, version.id))!;
  }

  async rename(
    documentId: string,
    versionId: string,
    name: string,
  ): Promise<VersionSummary | undefined> {
    return this.#db.transaction(() => {
      const row = this.#statements.get.get(documentId, versionId);
      if (!row) return undefined;
      if (row.frozen === 1) throw new FrozenVersionError(versionId);
      this.#statements.rename.run(name, documentId, versionId);
      return toSummary({ ...row, name });
    })();
  }

  async delete(documentId: string, versionId: string): Promise<boolean> {
    return this.#db.transaction(() => {
      const row = this.#statements.get.get(documentId, versionId);
      if (!row) return false;
      if (row.frozen === 1) throw new FrozenVersionError(versionId);
      return this.#statements.delete.run(documentId, versionId).changes > 0;
    })();
  }

  async countFrozen(documentId: string): Promise<number> {
    return this.#statements.countFrozen.get(documentId)?.count ?? 0;
  }

  async newestFrozen(documentId: string): Promise<VersionSummary | undefined> {
    const row = this.#statements.newestFrozen.get(documentId);
    return row ? toSummary(row) : undefined;
  }

  async reviewStatus(documentId: string): Promise<ReviewStatus> {
    return this.#statements.status.get(documentId)?.status ?? 'draft';
  }

  async reviewHistory(documentId: string): Promise<ReviewEvent[]> {
    return this.#statements.events.all(documentId).map(toEvent);
  }

  async newestEvent(
    documentId: string,
    action: ReviewEvent['action'],
  ): Promise<ReviewEvent | undefined> {
    const row = this.#statements.newestEvent.get(documentId, action);
    return row ? toEvent(row) : undefined;
  }

  async transition(
    documentId: string,
    { from, to, event, requestedVersionId }: ReviewTransition,
    version?: NewVersion,
  ): Promise<boolean> {
    return this.#db.transaction(() => {
      const status = this.#statements.status.get(documentId)?.status ?? 'draft';
      if (!from.includes(status)) return false;
      if (requestedVersionId !== undefined) {
        const request = this.#statements.newestEvent.get(documentId, 'request');
        if (request?.version_id !== requestedVersionId) return false;
      }
      if (version) this.#insert(version);
      this.#statements.putStatus.run(documentId, to, event.at);
      const changed = event.changedSinceRequest;
      this.#statements.insertEvent.run(
        documentId,
        event.action,
        event.userId,
        event.userName,
        event.at,
        event.comment,
        event.versionId,
        changed === undefined || changed === null ? null : changed ? 1 : 0,
      );
      return true;
    })();
  }

  #insert(version: NewVersion): void {
    const { state, outline, submission } = version;
    this.#statements.insert.run(
      version.id,
      version.documentId,
      version.name,
      version.kind,
      version.authorId,
      version.authorName,
      version.createdAt,
      Buffer.from(state.buffer, state.byteOffset, state.byteLength),
      state.byteLength,
      version.characters,
      outline.errors,
      outline.warnings,
      version.contentHash,
      submission ? 1 : 0,
      submission?.sha256 ?? null,
      submission?.openThreadCount ?? null,
      submission ? JSON.stringify(submission.findings) : null,
      submission?.templateId ?? null,
      submission?.text ?? null,
    );
  }
}

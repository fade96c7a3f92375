import { checkReport } from '../../shared/outline/checkReport.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { Report } from '../../shared/schema/Report.ts';
import {
  CURRENT_VERSION,
  type VersionDetail,
  type VersionKind,
  type VersionSummary,
} from '../../shared/versions/versionApi.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import { DocumentNotFoundError } from '../documents/DocumentNotFoundError.ts';
import { ApiError } from '../http/ApiError.ts';
import { FrozenVersionError } from '../storage/FrozenVersionError.ts';
import { VersionLimitError } from '../storage/VersionLimitError.ts';
import type { VersionStore } from '../storage/VersionStore.ts';
import { buildVersion, type VersionAuthor } from './buildVersion.ts';
import { readReportFromState } from './readReportFromState.ts';
import { templateOf } from './templateOf.ts';
import { versionRetention } from './versionRetention.ts';
import { versionTexts } from './versionTexts.ts';

function frozenRefusal(error: unknown): never {
  if (error instanceof FrozenVersionError)
    throw new ApiError(API_ERROR.conflict, versionTexts.frozen);
  throw error;
}

/** A report's versions: made from the live document, listed, read, renamed and deleted. */
export class VersionService {
  readonly #store: VersionStore;
  readonly #registry: DocumentRegistry;

  constructor(store: VersionStore, registry: DocumentRegistry) {
    this.#store = store;
    this.#registry = registry;
  }

  list(documentId: string): Promise<VersionSummary[]> {
    return this.#store.list(documentId);
  }

  /** The version's summary, or 404. */
  async get(documentId: string, versionId: string): Promise<VersionSummary> {
    const version = await this.#store.get(documentId, versionId);
    if (!version) throw new ApiError(API_ERROR.notFound, `No version ${versionId} of this report`);
    return version;
  }

  /** The version's encoded Yjs state, or 404. */
  async readState(documentId: string, versionId: string): Promise<Uint8Array> {
    const state = await this.#store.readState(documentId, versionId);
    if (!state) throw new ApiError(API_ERROR.notFound, `No version ${versionId} of this report`);
    return state;
  }

  /** A submitted version keeps the findings it was frozen with; others are checked now. */
  async detail(document: DocumentSummary, versionId: string): Promise<VersionDetail> {
    const summary = await this.get(document.id, versionId);
    const report = readReportFromState(await this.readState(document.id, versionId));
    const frozen = await this.#store.readFrozen(document.id, versionId);
    if (frozen?.findings && frozen.templateId) {
      return { ...summary, report, findings: frozen.findings, templateId: frozen.templateId };
    }
    const template = templateOf(document);
    const context =
      summary.openThreadCount === null ? {} : { openThreadCount: summary.openThreadCount };
    const findings = checkReport(report, template, context);
    return { ...summary, report, findings, templateId: template.id };
  }

  /** The exact text a submitted version was hashed with; undefined for other versions. */
  async frozenText(documentId: string, versionId: string): Promise<string | undefined> {
    return (await this.#store.readFrozen(documentId, versionId))?.text ?? undefined;
  }

  /** The report a version holds, or the live document's for `current`. */
  async report(document: DocumentSummary, reference: string): Promise<Report> {
    if (reference !== CURRENT_VERSION) {
      return readReportFromState(await this.readState(document.id, reference));
    }
    return readReportFromState(await this.liveState(document.id));
  }

  /** The live document's full state, loaded or not; 404 when it was deleted meanwhile. */
  async liveState(documentId: string): Promise<Uint8Array> {
    try {
      return await this.#registry.readDocumentState(documentId);
    } catch (error: unknown) {
      if (error instanceof DocumentNotFoundError) {
        throw new ApiError(API_ERROR.notFound, `Document ${documentId} does not exist`);
      }
      throw error;
    }
  }

  /** Keeps `state` (by default the live document's) as a new version. */
  async create(
    document: DocumentSummary,
    kind: Exclude<VersionKind, 'submitted' | 'review'>,
    name: string,
    author: VersionAuthor | null,
    state?: Uint8Array,
  ): Promise<VersionSummary> {
    const content = state ?? (await this.liveState(document.id));
    const { version } = buildVersion({ document, state: content, kind, name, author });
    try {
      return await this.#store.create(version, versionRetention[kind]);
    } catch (error: unknown) {
      if (error instanceof VersionLimitError) {
        throw new ApiError(API_ERROR.conflict, versionTexts.tooManyVersions(error.limit));
      }
      throw error;
    }
  }

  async rename(documentId: string, versionId: string, name: string): Promise<VersionSummary> {
    const renamed = await this.#store.rename(documentId, versionId, name).catch(frozenRefusal);
    if (!renamed) throw new ApiError(API_ERROR.notFound, `No version ${versionId} of this report`);
    return renamed;
  }

  async delete(documentId: string, versionId: string): Promise<VersionSummary> {
    const version = await this.get(documentId, versionId);
    if (version.frozen) throw new ApiError(API_ERROR.conflict, versionTexts.frozen);
    if (version.kind === 'review' && (await this.#isUnderReview(documentId, versionId))) {
      throw new ApiError(API_ERROR.conflict, versionTexts.underReview);
    }
    const deleted = await this.#store.delete(documentId, versionId).catch(frozenRefusal);
    if (!deleted) throw new ApiError(API_ERROR.notFound, `No version ${versionId} of this report`);
    return version;
  }

  async #isUnderReview(documentId: string, versionId: string): Promise<boolean> {
    if ((await this.#store.reviewStatus(documentId)) !== 'inReview') return false;
    return (await this.#store.newestEvent(documentId, 'request'))?.versionId === versionId;
  }
}

import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type {
  ReviewEvent,
  ReviewState,
  ReviewStatus,
  VersionSummary,
} from '../../shared/versions/versionApi.ts';
import { ApiError } from '../http/ApiError.ts';
import type { NewVersion, ReviewTransition, VersionStore } from '../storage/VersionStore.ts';
import { buildVersion, type VersionAuthor } from './buildVersion.ts';
import { contentHashOf } from './describeContent.ts';
import { readReportFromState } from './readReportFromState.ts';
import { SubmissionRefusedError } from './SubmissionRefusedError.ts';
import type { VersionService } from './VersionService.ts';
import { versionTexts } from './versionTexts.ts';

/** Comment threads of a report not yet resolved. */
export type OpenThreadCounter = (documentId: string) => Promise<number>;

function newest(history: readonly ReviewEvent[], action: ReviewEvent['action']) {
  return history.findLast((event) => event.action === action);
}

/**
 * The review workflow: a drafter asks for review, which keeps a `review` version of the live
 * content; a leader returns the report with a comment or approves it, which freezes that
 * requested content (not whatever the live document holds by then) as a submitted version. A
 * report may be asked for review again after approval (a revised submission); each approval
 * freezes one more version.
 */
export class ReviewService {
  readonly #store: VersionStore;
  readonly #versions: VersionService;
  readonly #openThreadCount: OpenThreadCounter;

  constructor(store: VersionStore, versions: VersionService, openThreadCount: OpenThreadCounter) {
    this.#store = store;
    this.#versions = versions;
    this.#openThreadCount = openThreadCount;
  }

  async state(documentId: string): Promise<ReviewState> {
    const [status, history, submitted] = await Promise.all([
      this.#store.reviewStatus(documentId),
      this.#store.reviewHistory(documentId),
      this.#store.newestFrozen(documentId),
    ]);
    const requestedVersionId = newest(history, 'request')?.versionId ?? null;
    let changedSinceRequest: boolean | null = null;
    if (status === 'inReview' && requestedVersionId) {
      changedSinceRequest = await this.#changedSince(documentId, requestedVersionId);
    } else if (status === 'approved') {
      changedSinceRequest = newest(history, 'approve')?.changedSinceRequest ?? null;
    }
    return {
      status,
      history,
      submittedVersionId: submitted?.id ?? null,
      requestedVersionId,
      changedSinceRequest,
    };
  }

  /** Keeps the live content as the request's `review` version, which approval will freeze. */
  async request(
    document: DocumentSummary,
    user: VersionAuthor,
    note: string | undefined,
  ): Promise<ReviewState> {
    await this.#expectStatus(document.id, ['draft', 'returned', 'approved']);
    const { version } = buildVersion({
      document,
      state: await this.#versions.liveState(document.id),
      kind: 'review',
      name: versionTexts.reviewName,
      author: user,
    });
    const event = { ...this.#event('request', user, note ?? null), versionId: version.id };
    return this.#step(
      document.id,
      { from: ['draft', 'returned', 'approved'], to: 'inReview', event },
      version,
    );
  }

  return(documentId: string, user: VersionAuthor, comment: string): Promise<ReviewState> {
    return this.#step(documentId, {
      from: ['inReview'],
      to: 'returned',
      event: this.#event('return', user, comment),
    });
  }

  /**
   * Freezes the content submitted with the request as the submitted version, checked with the
   * comment threads open now, unless the outline check stops it.
   */
  async approve(
    document: DocumentSummary,
    user: VersionAuthor,
    acknowledgeWarnings: boolean,
  ): Promise<{ state: ReviewState; version: VersionSummary }> {
    await this.#expectStatus(document.id, ['inReview']);
    const requestedVersionId = (await this.#store.newestEvent(document.id, 'request'))?.versionId;
    const live = await this.#versions.liveState(document.id);
    let content = live;
    let changedSinceRequest: boolean | null = null;
    // Requests from before review versions existed carry none: the live content is approved.
    if (requestedVersionId) {
      const requested = await this.#store.readState(document.id, requestedVersionId);
      if (!requested) throw new ApiError(API_ERROR.conflict, versionTexts.requestedMissing);
      content = requested;
      const requestedHash = await this.#store.contentHash(document.id, requestedVersionId);
      changedSinceRequest = contentHashOf(readReportFromState(live)) !== requestedHash;
    }
    const { version, description } = buildVersion({
      document,
      state: content,
      kind: 'submitted',
      name: versionTexts.submittedName,
      author: user,
      openThreadCount: await this.#openThreadCount(document.id),
    });
    const { errors, warnings } = description.outline;
    const relevant = description.findings.filter((finding) => finding.severity !== 'info');
    if (errors > 0) {
      throw new SubmissionRefusedError(
        'outlineErrors',
        versionTexts.outlineErrors(errors),
        relevant,
      );
    }
    if (warnings > 0 && !acknowledgeWarnings) {
      throw new SubmissionRefusedError(
        'warningsUnacknowledged',
        versionTexts.warningsUnacknowledged(warnings),
        relevant,
      );
    }
    const event = {
      ...this.#event('approve', user, null),
      versionId: version.id,
      changedSinceRequest,
    };
    const transition: ReviewTransition = { from: ['inReview'], to: 'approved', event };
    if (requestedVersionId) transition.requestedVersionId = requestedVersionId;
    const state = await this.#step(document.id, transition, version);
    return { state, version: await this.#versions.get(document.id, version.id) };
  }

  async #changedSince(documentId: string, versionId: string): Promise<boolean | null> {
    const requestedHash = await this.#store.contentHash(documentId, versionId);
    if (requestedHash === undefined) return null;
    const live = readReportFromState(await this.#versions.liveState(documentId));
    return contentHashOf(live) !== requestedHash;
  }

  async #step(
    documentId: string,
    transition: ReviewTransition,
    version?: NewVersion,
  ): Promise<ReviewState> {
    if (!(await this.#store.transition(documentId, transition, version))) {
      throw new ApiError(
        API_ERROR.conflict,
        versionTexts.reviewNotAllowed(await this.#store.reviewStatus(documentId)),
      );
    }
    return this.state(documentId);
  }

  async #expectStatus(documentId: string, allowed: readonly ReviewStatus[]): Promise<void> {
    const status = await this.#store.reviewStatus(documentId);
    if (!allowed.includes(status)) {
      throw new ApiError(API_ERROR.conflict, versionTexts.reviewNotAllowed(status));
    }
  }

  #event(action: ReviewEvent['action'], user: VersionAuthor, comment: string | null): ReviewEvent {
    return {
      action,
      userId: user.id,
      userName: user.name,
      at: new Date().toISOString(),
      comment,
      versionId: null,
      changedSinceRequest: null,
    };
  }
}

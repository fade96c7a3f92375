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
import { SubmissionRefusedError } from './SubmissionRefusedError.ts';
import type { VersionService } from './VersionService.ts';
import { versionTexts } from './versionTexts.ts';

/** Comment threads of a report not yet resolved. */
export type OpenThreadCounter = (documentId: string) => Promise<number>;

/**
 * The review workflow: a drafter asks for review, a leader returns the report with a comment
 * or approves it, which freezes a submitted version. A report may be asked for review again
 * after approval (a revised submission); each approval freezes one more version.
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
    const [status, history, versions] = await Promise.all([
      this.#store.reviewStatus(documentId),
      this.#store.reviewHistory(documentId),
      this.#store.list(documentId),
    ]);
    const submitted = versions.find((version) => version.frozen);
    return { status, history, submittedVersionId: submitted?.id ?? null };
  }

  request(documentId: string, user: VersionAuthor, note: string | undefined): Promise<ReviewState> {
    return this.#step(documentId, {
      from: ['draft', 'returned', 'approved'],
      to: 'inReview',
      event: this.#event('request', user, note ?? null),
    });
  }

  return(documentId: string, user: VersionAuthor, comment: string): Promise<ReviewState> {
    return this.#step(documentId, {
      from: ['inReview'],
      to: 'returned',
      event: this.#event('return', user, comment),
    });
  }

  /** Freezes the live content as the submitted version, unless the outline check stops it. */
  async approve(
    document: DocumentSummary,
    user: VersionAuthor,
    acknowledgeWarnings: boolean,
  ): Promise<{ state: ReviewState; version: VersionSummary }> {
    await this.#expectStatus(document.id, ['inReview']);
    const { version, description } = buildVersion({
      document,
      state: await this.#versions.liveState(document.id),
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
    const event = { ...this.#event('approve', user, null), versionId: version.id };
    const state = await this.#step(
      document.id,
      { from: ['inReview'], to: 'approved', event },
      version,
    );
    return { state, version: await this.#versions.get(document.id, version.id) };
  }

  async #step(
    documentId: string,
    transition: ReviewTransition,
    frozen?: NewVersion,
  ): Promise<ReviewState> {
    if (!(await this.#store.transition(documentId, transition, frozen))) {
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
    };
  }
}

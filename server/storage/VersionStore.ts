import type {
  OutlineStatus,
  ReviewEvent,
  ReviewStatus,
  VersionKind,
  VersionSummary,
} from '../../shared/versions/versionApi.ts';

/** What a submitted version is frozen with. */
export interface Submission {
  /** SHA-256 (hex) of the version's plain text. */
  sha256: string;
  openThreadCount: number;
}

export interface NewVersion {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  authorId: string | null;
  authorName: string;
  createdAt: string;
  /** The full encoded Yjs state. */
  state: Uint8Array;
  characters: number;
  outline: OutlineStatus;
  /** Hash of the whole structured content, to tell whether a document changed since. */
  contentHash: string;
  /** Only for a submitted version, which is then frozen. */
  submission: Submission | null;
}

/** A review step together with the status it leads to. */
export interface ReviewTransition {
  /** The step is refused unless the report's status is one of these. */
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  event: ReviewEvent;
}

/**
 * Versions of reports and their review state. Submitted (frozen) versions are never changed
 * or removed: `rename` and `delete` throw `FrozenVersionError` for them, and the SQLite
 * implementation also refuses it with triggers, whatever the route.
 */
export interface VersionStore {
  /** Newest first, without their content. */
  list(documentId: string): Promise<VersionSummary[]>;
  get(documentId: string, versionId: string): Promise<VersionSummary | undefined>;
  readState(documentId: string, versionId: string): Promise<Uint8Array | undefined>;
  /** Whether some version of the document has exactly this content. */
  hasContent(documentId: string, contentHash: string): Promise<boolean>;
  create(version: NewVersion): Promise<VersionSummary>;
  /** Undefined when there is no such version. */
  rename(documentId: string, versionId: string, name: string): Promise<VersionSummary | undefined>;
  /** False when there is no such version. */
  delete(documentId: string, versionId: string): Promise<boolean>;
  countFrozen(documentId: string): Promise<number>;
  reviewStatus(documentId: string): Promise<ReviewStatus>;
  /** Oldest first. */
  reviewHistory(documentId: string): Promise<ReviewEvent[]>;
  /**
   * Records a review step if the status allows it, atomically, storing `frozen` (a submitted
   * version) in the same step. False when the status did not allow it; nothing is stored then.
   */
  transition(
    documentId: string,
    transition: ReviewTransition,
    frozen?: NewVersion,
  ): Promise<boolean>;
}

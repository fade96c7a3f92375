import type { Finding } from '../../shared/outline/Finding.ts';
import type {
  OutlineStatus,
  ReviewEvent,
  ReviewStatus,
  VersionKind,
  VersionSummary,
} from '../../shared/versions/versionApi.ts';

/** What a submitted version is frozen with, kept as it was whatever the code does later. */
export interface Submission {
  /** SHA-256 (hex) of `text`. */
  sha256: string;
  openThreadCount: number;
  /** The outline check at approval, against `templateId`. */
  findings: Finding[];
  templateId: string;
  /** The plain text that was hashed, byte for byte what the `.txt` export serves. */
  text: string;
}

/** A submitted version's frozen record; null fields for versions frozen before they were kept. */
export interface FrozenRecord {
  findings: Finding[] | null;
  templateId: string | null;
  text: string | null;
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

/** How many versions of its kind a new one may join. */
export interface VersionRetention {
  /** Older unfrozen versions of the same kind beyond this many newest are removed. */
  keepNewest?: number;
  /** Throw `VersionLimitError` instead when the report already has this many. */
  limit?: number;
}

/** A review step together with the status it leads to. */
export interface ReviewTransition {
  /** The step is refused unless the report's status is one of these. */
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  event: ReviewEvent;
  /** The step is refused unless the newest request's version is this one. */
  requestedVersionId?: string;
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
  /** What a submitted version was frozen with; undefined unless the version is frozen. */
  readFrozen(documentId: string, versionId: string): Promise<FrozenRecord | undefined>;
  /** Whether some version of the document has exactly this content. */
  hasContent(documentId: string, contentHash: string): Promise<boolean>;
  /** Hash of the whole structured content of a version (see `NewVersion.contentHash`). */
  contentHash(documentId: string, versionId: string): Promise<string | undefined>;
  /** Stores a version, keeping its kind within `retention`, atomically. */
  create(version: NewVersion, retention?: VersionRetention): Promise<VersionSummary>;
  /** Undefined when there is no such version. */
  rename(documentId: string, versionId: string, name: string): Promise<VersionSummary | undefined>;
  /** False when there is no such version. */
  delete(documentId: string, versionId: string): Promise<boolean>;
  countFrozen(documentId: string): Promise<number>;
  /** The newest submitted version, read alone. */
  newestFrozen(documentId: string): Promise<VersionSummary | undefined>;
  reviewStatus(documentId: string): Promise<ReviewStatus>;
  /** Oldest first. */
  reviewHistory(documentId: string): Promise<ReviewEvent[]>;
  /** The newest review step of this action, read alone. */
  newestEvent(documentId: string, action: ReviewEvent['action']): Promise<ReviewEvent | undefined>;
  /**
   * Records a review step if the status allows it, atomically, storing `version` (the request's
   * review version, or the approval's submitted one) in the same step. False when the status
   * did not allow it; nothing is stored then.
   */
  transition(
    documentId: string,
    transition: ReviewTransition,
    version?: NewVersion,
  ): Promise<boolean>;
}

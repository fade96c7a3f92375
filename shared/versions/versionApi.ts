import { z } from 'zod';
import type { Finding } from '../outline/Finding.ts';
import type { Report } from '../schema/Report.ts';

/**
 * The versions, review and export API (issue 7), shared by server and client. Routes, all under
 * `/api/documents/:id` and behind the report's membership:
 *
 * - `GET    /versions` → `{ versions: VersionSummary[] }`, newest first (read)
 * - `POST   /versions` `{ name }` → 201 `VersionSummary` (edit)
 * - `GET    /versions/:versionId` → `VersionDetail` (read)
 * - `PATCH  /versions/:versionId` `{ name }` → `VersionSummary` (edit; 409 when frozen)
 * - `DELETE /versions/:versionId` → 204 (edit; 409 when frozen)
 * - `GET    /versions/compare?from=<versionId|current>&to=<versionId|current>` → `ReportComparison`
 * - `POST   /versions/:versionId/restore` → `RestoreResult` (restoreVersion, i.e. owner;
 *   409 naming the holder while someone else locks a section the restore would change)
 * - `GET    /versions/:versionId/export?format=docx|pdf|txt|md` → the file (read)
 * - `GET    /review` → `ReviewState` (read)
 * - `POST   /review/request` `{ note? }` → `ReviewState` (edit): draft, returned or approved (a
 *   revised submission) → inReview, keeping a `review` version of the live content: what the
 *   leader approves
 * - `POST   /review/return` `{ comment }` → `ReviewState` (approve): inReview → returned
 * - `POST   /review/approve` `{ acknowledgeWarnings }` → `ReviewState` (approve): inReview →
 *   approved, freezing the content of the `review` version of the request (not the live
 *   document, which may have changed since: see `changedSinceRequest`); 409 `SubmissionRefusal`
 *   on outline errors or on warnings not acknowledged.
 *
 * Export answers 503 with `Retry-After` (seconds) while too many PDFs are being rendered.
 */

/** `current` in a compare query names the live document instead of a stored version. */
export const CURRENT_VERSION = 'current';

export const versionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** How a version came to be. */
export const VERSION_KINDS = ['manual', 'auto', 'beforeRestore', 'submitted', 'review'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export const versionNameSchema = z.string().trim().min(1).max(100);
export const createVersionSchema = z.object({ name: versionNameSchema });
export const renameVersionSchema = z.object({ name: versionNameSchema });

export const EXPORT_FORMATS = ['docx', 'pdf', 'txt', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS) });

export interface OutlineStatus {
  errors: number;
  warnings: number;
}

export interface VersionSummary {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  /** Null for versions the server made on its own (`auto`). */
  authorId: string | null;
  authorName: string;
  createdAt: string;
  /** Bytes of the encoded Yjs state. */
  sizeBytes: number;
  /** Characters of text (title, headings, bodies), as the outline check counts them. */
  characters: number;
  /** The outline check of this version's content against the report's template. */
  outline: OutlineStatus;
  /** Submitted versions are frozen: no route renames or deletes them. */
  frozen: boolean;
  /** SHA-256 (hex) of the version's plain-text content; set on submitted versions. */
  sha256: string | null;
  /** Open comment threads when the version was made; set on submitted versions. */
  openThreadCount: number | null;
}

// Fields added after the first release are optional here so that older readers still type-check;
// the server always sends them.

export interface VersionDetail extends VersionSummary {
  report: Report;
  /** For a submitted version, the findings it was frozen with, never checked again. */
  findings: Finding[];
  /** The template `findings` come from: the one at approval for a submitted version. */
  templateId?: string;
}

export interface RestoreResult {
  /** The automatic version of the state just before the restore. */
  backup: VersionSummary;
  restored: VersionSummary;
}

export const REVIEW_STATUSES = ['draft', 'inReview', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewEvent {
  action: 'request' | 'return' | 'approve';
  userId: string;
  userName: string;
  at: string;
  /** The drafter's note, or the leader's comment when returning. */
  comment: string | null;
  /** A request's `review` version (what was submitted), or the submitted version an approval froze. */
  versionId: string | null;
  /** On an approval: whether the live text had changed since the request. Null otherwise. */
  changedSinceRequest?: boolean | null;
}

export interface ReviewState {
  status: ReviewStatus;
  /** Newest last. */
  history: ReviewEvent[];
  /** The newest submitted version, if any. */
  submittedVersionId: string | null;
  /** The `review` version of the newest request, if any: the content a leader approves. */
  requestedVersionId?: string | null;
  /**
   * In review: whether the live text differs from `requestedVersionId` now. Approved: whether it
   * did when approving (the approved, frozen content is the requested one all the same). Null
   * in the other states or when unknown.
   */
  changedSinceRequest?: boolean | null;
}

export const reviewRequestSchema = z.object({ note: z.string().trim().max(2000).optional() });
export const reviewReturnSchema = z.object({ comment: z.string().trim().min(1).max(2000) });
export const reviewApproveSchema = z.object({ acknowledgeWarnings: z.boolean().default(false) });

/** Body of the 409 answer to an approval the outline check stops. */
export interface SubmissionRefusal {
  error: { code: 'conflict'; message: string };
  reason: 'outlineErrors' | 'warningsUnacknowledged';
  findings: Finding[];
}

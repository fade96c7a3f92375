import type { Finding } from '../../shared/outline/Finding.ts';
import type { ReviewEvent, VersionKind, VersionSummary } from '../../shared/versions/versionApi.ts';
import type { FrozenRecord } from './VersionStore.ts';

export const SUMMARY_COLUMNS = `id, document_id, name, kind, author_id, author_name, created_at,
  size, characters, outline_errors, outline_warnings, frozen, sha256, open_thread_count`;

export interface VersionRow {
  id: string;
  document_id: string;
  name: string;
  kind: VersionKind;
  author_id: string | null;
  author_name: string;
  created_at: string;
  size: number;
  characters: number;
  outline_errors: number;
  outline_warnings: number;
  frozen: 0 | 1;
  sha256: string | null;
  open_thread_count: number | null;
}

export interface EventRow {
  action: ReviewEvent['action'];
  user_id: string;
  user_name: string;
  at: string;
  comment: string | null;
  version_id: string | null;
  changed_since_request: 0 | 1 | null;
}

export interface FrozenRow {
  frozen: 0 | 1;
  findings: string | null;
  template_id: string | null;
  frozen_text: string | null;
}

export function toSummary(row: VersionRow): VersionSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    name: row.name,
    kind: row.kind,
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: row.created_at,
    sizeBytes: row.size,
    characters: row.characters,
    outline: { errors: row.outline_errors, warnings: row.outline_warnings },
    frozen: row.frozen === 1,
    sha256: row.sha256,
    openThreadCount: row.open_thread_count,
  };
}

export function toEvent(row: EventRow): ReviewEvent {
  return {
    action: row.action,
    userId: row.user_id,
    userName: row.user_name,
    at: row.at,
    comment: row.comment,
    versionId: row.version_id,
    changedSinceRequest:
      row.changed_since_request === null ? null : row.changed_since_request === 1,
  };
}

export function toFrozenRecord(row: FrozenRow): FrozenRecord | undefined {
  if (row.frozen !== 1) return undefined;
  return {
    findings: row.findings === null ? null : (JSON.parse(row.findings) as Finding[]),
    templateId: row.template_id,
    text: row.frozen_text,
  };
}

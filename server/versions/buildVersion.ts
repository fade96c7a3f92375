import { randomBytes } from 'node:crypto';
import type { CheckContext } from '../../shared/outline/CheckContext.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { VersionKind } from '../../shared/versions/versionApi.ts';
import type { NewVersion } from '../storage/VersionStore.ts';
import { describeContent, type ContentDescription } from './describeContent.ts';
import { readReportFromState } from './readReportFromState.ts';
import { templateOf } from './templateOf.ts';
import { versionTexts } from './versionTexts.ts';

/** Who made a version; null for the server on its own. */
export interface VersionAuthor {
  id: string;
  name: string;
}

export interface VersionInput {
  document: DocumentSummary;
  /** The full encoded Yjs state to keep. */
  state: Uint8Array;
  kind: VersionKind;
  name: string;
  author: VersionAuthor | null;
  /** Submitted versions are checked with the open threads, and frozen with their count. */
  openThreadCount?: number;
}

/** A version ready to store, with what its outline check found. */
export function buildVersion(input: VersionInput): {
  version: NewVersion;
  description: ContentDescription;
} {
  const report = readReportFromState(input.state);
  const context: CheckContext =
    input.openThreadCount === undefined ? {} : { openThreadCount: input.openThreadCount };
  const template = templateOf(input.document);
  const description = describeContent(report, template, context);
  const version: NewVersion = {
    id: randomBytes(12).toString('base64url'),
    documentId: input.document.id,
    name: input.name,
    kind: input.kind,
    authorId: input.author?.id ?? null,
    authorName: input.author?.name ?? versionTexts.authorSystem,
    createdAt: new Date().toISOString(),
    state: input.state,
    characters: description.characters,
    outline: description.outline,
    contentHash: description.contentHash,
    submission:
      input.kind === 'submitted'
        ? {
            sha256: description.sha256,
            openThreadCount: input.openThreadCount ?? 0,
            findings: description.findings,
            templateId: template.id,
            text: description.text,
          }
        : null,
  };
  return { version, description };
}

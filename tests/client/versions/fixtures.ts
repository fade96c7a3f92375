import type { Finding } from '../../../shared/outline/Finding.ts';
import type { ReviewState, VersionSummary } from '../../../shared/versions/versionApi.ts';

export const HASH = 'ab12cd34ef56'.padEnd(64, '0');
export const AT_14_05 = new Date(2026, 10, 25, 14, 5).toISOString();

export const version = (
  fields: Partial<VersionSummary> & Pick<VersionSummary, 'id' | 'name'>,
): VersionSummary => ({
  documentId: 'r1',
  kind: 'manual',
  authorId: 'u1',
  authorName: '张三',
  createdAt: AT_14_05,
  sizeBytes: 2048,
  characters: 1234,
  outline: { errors: 0, warnings: 0 },
  frozen: false,
  sha256: null,
  openThreadCount: null,
  ...fields,
});

export const finding = (severity: 'error' | 'warning', zh: string): Finding => ({
  rule: 'sections.missing',
  severity,
  sectionId: null,
  range: null,
  message: { zh, en: zh },
});

export const inReview = (fields: Partial<ReviewState> = {}): ReviewState => ({
  status: 'inReview',
  history: [
    {
      action: 'request',
      userId: 'u1',
      userName: '张三',
      at: new Date(2026, 10, 25, 15, 0).toISOString(),
      comment: '请审阅',
      versionId: null,
    },
  ],
  submittedVersionId: null,
  ...fields,
});

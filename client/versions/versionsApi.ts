import { z } from 'zod';
import type { ExportFormat } from '../../shared/versions/versionApi.ts';
import { requestJson } from '../api/requestJson.ts';
import { reportComparisonSchema } from './reportComparisonSchema.ts';
import { requestApproval } from './requestApproval.ts';
import { reviewStateSchema } from './reviewStateSchema.ts';
import { versionDetailSchema } from './versionDetailSchema.ts';
import { versionSummarySchema } from './versionSummarySchema.ts';

const anyBody = z.unknown();
const versionListSchema = z
  .object({ versions: z.array(versionSummarySchema) })
  .transform((body) => body.versions);
const restoreResultSchema = z.object({
  backup: versionSummarySchema,
  restored: versionSummarySchema,
});

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;
const versionPath = (documentId: string, versionId: string) =>
  `${documentPath(documentId)}/versions/${encodeURIComponent(versionId)}`;

// Where an export is fetched from (see downloadExport, which saves it under the server's name).
export const exportUrl = (documentId: string, versionId: string, format: ExportFormat) =>
  `${versionPath(documentId, versionId)}/export?format=${format}`;

export const versionsApi = {
  list: (documentId: string) =>
    requestJson(`${documentPath(documentId)}/versions`, versionListSchema),
  create: (documentId: string, name: string) =>
    requestJson(`${documentPath(documentId)}/versions`, versionSummarySchema, {
      method: 'POST',
      body: { name },
    }),
  get: (documentId: string, versionId: string) =>
    requestJson(versionPath(documentId, versionId), versionDetailSchema),
  rename: (documentId: string, versionId: string, name: string) =>
    requestJson(versionPath(documentId, versionId), versionSummarySchema, {
      method: 'PATCH',
      body: { name },
    }),
  remove: (documentId: string, versionId: string) =>
    requestJson(versionPath(documentId, versionId), anyBody, { method: 'DELETE' }),
  compare: (documentId: string, from: string, to: string) => {
    const query = new URLSearchParams({ from, to });
    return requestJson(
      `${documentPath(documentId)}/versions/compare?${query}`,
      reportComparisonSchema,
    );
  },
  restore: (documentId: string, versionId: string) =>
    requestJson(`${versionPath(documentId, versionId)}/restore`, restoreResultSchema, {
      method: 'POST',
    }),
  review: (documentId: string) =>
    requestJson(`${documentPath(documentId)}/review`, reviewStateSchema),
  requestReview: (documentId: string, note: string) =>
    requestJson(`${documentPath(documentId)}/review/request`, reviewStateSchema, {
      method: 'POST',
      body: note ? { note } : {},
    }),
  returnReview: (documentId: string, comment: string) =>
    requestJson(`${documentPath(documentId)}/review/return`, reviewStateSchema, {
      method: 'POST',
      body: { comment },
    }),
  approve: requestApproval,
};

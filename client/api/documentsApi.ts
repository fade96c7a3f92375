import { z } from 'zod';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { requestJson } from './requestJson.ts';

// Only the id is essential; the rest degrades to empty text rather than hiding the document.
const documentSummarySchema: z.ZodType<DocumentSummary> = z.object({
  id: z.string().min(1),
  title: z.string().catch(''),
  template: z.string().catch(''),
  createdAt: z.string().catch(''),
  updatedAt: z.string().catch(''),
});

const anyBody = z.unknown();

export const documentsApi = {
  list: () => requestJson('/api/documents', z.array(documentSummarySchema)),
  create: (title: string) =>
    requestJson('/api/documents', documentSummarySchema, { method: 'POST', body: { title } }),
  rename: (id: string, title: string) =>
    requestJson(`/api/documents/${encodeURIComponent(id)}`, anyBody, {
      method: 'PATCH',
      body: { title },
    }),
  remove: (id: string) =>
    requestJson(`/api/documents/${encodeURIComponent(id)}`, anyBody, { method: 'DELETE' }),
};

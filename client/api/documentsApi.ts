import { z } from 'zod';
import { roleSchema } from '../../shared/auth/authApi.ts';
import type { Role } from '../../shared/auth/roles.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { requestJson } from './requestJson.ts';

// A document as this user sees it: `role` is null when they are not a member (administrators).
export type DocumentEntry = Omit<DocumentSummary, 'role'> & { role: Role | null };

// Only the id is essential; the rest degrades to empty text rather than hiding the document.
const documentEntrySchema: z.ZodType<DocumentEntry> = z.object({
  id: z.string().min(1),
  title: z.string().catch(''),
  template: z.string().catch(''),
  createdAt: z.string().catch(''),
  updatedAt: z.string().catch(''),
  role: roleSchema.nullable().catch(null),
});

const anyBody = z.unknown();

export const documentsApi = {
  list: () => requestJson('/api/documents', z.array(documentEntrySchema)),
  get: (id: string) => requestJson(`/api/documents/${encodeURIComponent(id)}`, documentEntrySchema),
  create: (title: string, template?: string) =>
    requestJson('/api/documents', documentEntrySchema, {
      method: 'POST',
      body: template ? { title, template } : { title },
    }),
  rename: (id: string, title: string) =>
    requestJson(`/api/documents/${encodeURIComponent(id)}`, anyBody, {
      method: 'PATCH',
      body: { title },
    }),
  remove: (id: string) =>
    requestJson(`/api/documents/${encodeURIComponent(id)}`, anyBody, { method: 'DELETE' }),
};

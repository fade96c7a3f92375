import { z } from 'zod';

/** Document ids: URL-safe, 1–64 characters. */
export const documentIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** `POST /api/documents`: with `template`, the report starts as that template's skeleton. */
export const createDocumentSchema = z.object({
  title: z.string().trim().min(1).max(200),
  template: z.string().min(1).max(64).optional(),
});

export const updateDocumentSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  template: z.string().min(1).max(64).optional(),
});

/** A document as the list shows it. */
export interface DocumentSummary {
  id: string;
  title: string;
  template: string;
  createdAt: string;
  updatedAt: string;
}

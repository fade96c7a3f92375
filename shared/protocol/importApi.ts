import { z } from 'zod';
import type { DocumentWithRole } from '../auth/documentAccessApi.ts';
import type { Finding } from '../outline/Finding.ts';

/** Largest file `POST /api/documents/import` accepts (.txt or .docx), in bytes. */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

/** Extensions of the files the import accepts. */
export const IMPORT_FILE_EXTENSIONS = ['.txt', '.docx'] as const;

/** The optional fields of an import: the document's title (else the report's) and its template. */
export const importOptionsSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  template: z.string().min(1).max(64).optional(),
});

/** The JSON form of `POST /api/documents/import`: pasted text, one paragraph per line. */
export const importTextSchema = importOptionsSchema.extend({
  text: z.string().refine((text) => text.trim().length > 0, { message: 'text is empty' }),
});

/** The answer to an import (201): the new report (the importer owns it) and what was found. */
export interface ImportResponse extends DocumentWithRole {
  findings: Finding[];
}

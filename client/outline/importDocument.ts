import { z } from 'zod';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { requestJson } from '../api/requestJson.ts';

const IMPORT_PATH = '/api/documents/import';

const importedSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  template: z.string(),
});

export type ImportedDocument = z.infer<typeof importedSchema>;

const errorBodySchema = z.object({
  error: z.object({ code: z.enum(Object.values(API_ERROR)), message: z.string() }),
});

export interface ImportInput {
  text?: string;
  file?: File;
  title?: string;
  template: string;
}

async function uploadFile(form: FormData): Promise<ImportedDocument> {
  let response: Response;
  try {
    response = await fetch(IMPORT_PATH, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch (error: unknown) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      throw new ApiRequestError(parsed.data.error.code, parsed.data.error.message, response.status);
    }
    const code = response.status >= 500 ? 'network' : 'malformed';
    throw new ApiRequestError(code, `HTTP ${response.status}`, response.status);
  }
  const parsed = importedSchema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError('malformed', parsed.error.message, response.status);
  return parsed.data;
}

// Creates a document from pasted text (JSON) or a .txt/.docx file (multipart, field `file`).
export function importDocument({
  text,
  file,
  title,
  template,
}: ImportInput): Promise<ImportedDocument> {
  if (file) {
    const form = new FormData();
    form.append('template', template);
    if (title) form.append('title', title);
    form.append('file', file, file.name);
    return uploadFile(form);
  }
  return requestJson(IMPORT_PATH, importedSchema, {
    method: 'POST',
    body: { text: text ?? '', template, ...(title ? { title } : {}) },
  });
}

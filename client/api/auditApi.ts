import { z } from 'zod';
import { requestJson } from './requestJson.ts';

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  // Facts the server recorded with the action (role, reason, …); text arrives as `{ text }`.
  detail: Record<string, unknown>;
  ip: string;
}

// Who or what an entry names may come as text, a number or an object such as a user.
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const named = value as Record<string, unknown>;
    for (const key of ['displayName', 'username', 'name', 'title']) {
      if (typeof named[key] === 'string' && named[key]) return named[key];
    }
    return Object.entries(named)
      .filter(([, entry]) => entry !== null && entry !== undefined && entry !== '')
      .map(
        ([key, entry]) =>
          `${key}: ${typeof entry === 'object' ? JSON.stringify(entry) : String(entry)}`,
      )
      .join(', ');
  }
  return '';
}

const textOf = z.unknown().transform(describeValue);

const detailOf = z.unknown().transform((value): Record<string, unknown> => {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { text: describeValue(value) };
});

const auditEntrySchema: z.ZodType<AuditEntry> = z.object({
  id: z.union([z.string().min(1), z.number().transform(String)]),
  at: z.union([z.string(), z.number().transform((time) => new Date(time).toISOString())]),
  actor: textOf,
  action: z.string(),
  target: textOf,
  detail: detailOf,
  ip: textOf,
});

export interface AuditPage {
  entries: AuditEntry[];
  // The id to page back from, or null on the oldest page; absent when the server does not say.
  nextBefore?: string | null;
}

const auditPageSchema: z.ZodType<AuditPage> = z.union([
  z.array(auditEntrySchema).transform((entries) => ({ entries, nextBefore: undefined })),
  z.object({
    entries: z.array(auditEntrySchema),
    nextBefore: z
      .union([z.string(), z.number().transform(String), z.null()])
      .optional()
      .catch(undefined),
  }),
]);

export const auditApi = {
  list: (options: { before?: string; limit: number }) => {
    const query = new URLSearchParams({ limit: String(options.limit) });
    if (options.before) query.set('before', options.before);
    return requestJson(`/api/audit?${query}`, auditPageSchema);
  },
};

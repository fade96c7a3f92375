import { z } from 'zod';
import { VERSION_KINDS, type VersionSummary } from '../../shared/versions/versionApi.ts';

// The id, name and frozen flag decide what may be done with a version; the rest degrades.
export const versionSummarySchema = z.object({
  id: z.string().min(1),
  documentId: z.string().catch(''),
  name: z.string(),
  kind: z.enum(VERSION_KINDS).catch('manual'),
  authorId: z.string().nullable().catch(null),
  authorName: z.string().catch(''),
  createdAt: z.string().catch(''),
  sizeBytes: z.number().catch(0),
  characters: z.number().catch(0),
  outline: z.object({ errors: z.number(), warnings: z.number() }).catch({ errors: 0, warnings: 0 }),
  frozen: z.boolean(),
  sha256: z.string().nullable().catch(null),
  openThreadCount: z.number().nullable().catch(null),
}) satisfies z.ZodType<VersionSummary>;

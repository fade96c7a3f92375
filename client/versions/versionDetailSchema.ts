import { z } from 'zod';
import type { VersionDetail } from '../../shared/versions/versionApi.ts';
import { findingSchema } from './findingSchema.ts';
import { reportSchema } from './reportSchema.ts';
import { versionSummarySchema } from './versionSummarySchema.ts';

export const versionDetailSchema = versionSummarySchema.extend({
  report: reportSchema,
  findings: z.array(findingSchema).catch([]),
}) satisfies z.ZodType<VersionDetail>;

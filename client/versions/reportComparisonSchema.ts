import { z } from 'zod';
import type { ReportComparison } from '../../shared/versions/ReportComparison.ts';

const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable();
const rangeSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });

const blockSchema = z.object({
  kind: z.enum(['title', 'heading', 'paragraph', 'listItem']),
  sectionId: z.string().nullable(),
  level: levelSchema.catch(null),
  number: z.string().nullable().catch(null),
  marker: z.string().nullable().catch(null),
  change: z.enum(['equal', 'inserted', 'deleted', 'changed']),
  segments: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  inserted: z.array(rangeSchema).catch([]),
  deleted: z.array(rangeSchema).catch([]),
});

const sectionChangeSchema = z.object({
  sectionId: z.string().nullable(),
  heading: z.string(),
  number: z.string().nullable().catch(null),
  previousNumber: z.string().nullable().catch(null),
  level: levelSchema.catch(null),
  previousLevel: levelSchema.catch(null),
  status: z.enum(['added', 'removed', 'changed', 'moved']),
  insertedCharacters: z.number(),
  deletedCharacters: z.number(),
});

// The blocks and the per-section summary are what the compare view shows; both must be there.
export const reportComparisonSchema = z.object({
  identical: z.boolean(),
  blocks: z.array(blockSchema),
  sections: z.array(sectionChangeSchema),
  totals: z.object({
    insertedCharacters: z.number(),
    deletedCharacters: z.number(),
    sectionsAdded: z.number(),
    sectionsRemoved: z.number(),
    sectionsChanged: z.number(),
    sectionsMoved: z.number(),
  }),
}) satisfies z.ZodType<ReportComparison>;

import { z } from 'zod';
import type { Block, Report, Section } from '../../shared/schema/Report.ts';

const sectionLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), text: z.string() }),
    z.object({
      type: z.enum(['bulletList', 'orderedList']),
      items: z.array(z.array(blockSchema)),
    }),
  ]),
);

const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    level: sectionLevelSchema,
    runIn: z.boolean().catch(false),
    heading: z.string(),
    body: z.array(blockSchema),
    children: z.array(sectionSchema),
  }),
);

// A report tree as the versions API sends it (a version's content).
export const reportSchema: z.ZodType<Report> = z.object({
  title: z.string(),
  lead: z.array(blockSchema),
  sections: z.array(sectionSchema),
});

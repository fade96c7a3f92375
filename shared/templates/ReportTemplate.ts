import { z } from 'zod';
import { localizedTextSchema } from './LocalizedText.ts';

const countRangeSchema = z
  .object({
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
  })
  .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    message: 'min must not exceed max',
  });

const sectionSpecSchema = z.object({
  /** Stable key of the spec, used in messages and tests (e.g. `practices`). */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  /** Canonical heading, inserted by the "add section" fix. */
  title: z.string().min(1),
  /**
   * Accepted headings. A heading matches when, stripped of typed numbers and end punctuation,
   * it equals a variant or contains one (the longest contained variant wins).
   */
  variants: z.array(z.string().min(2)).min(1),
  /** Limits on the number of level-2 sub-sections. */
  subsections: countRangeSchema.optional(),
  /** Limits on the characters of the section, heading and sub-sections included, spaces excluded. */
  characters: countRangeSchema.optional(),
});

const titlePatternSchema = z.object({
  /** Text naming the organisation must precede the year (or a leading 关于). */
  organisation: z.boolean(),
  /** A year such as 2022年 or 二〇二二年 must appear. */
  year: z.boolean(),
  /** The title must end with one of these report kinds. */
  kinds: z.array(z.string().min(1)).min(1),
  /** If present, the title must contain at least one of these words. */
  keywords: z.array(z.string().min(1)).min(1).optional(),
  /** A title that satisfies the pattern, shown in messages. */
  example: z.string().min(1),
});

/** The structure a kind of report must have: what the outline checker holds a draft against. */
export const reportTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
    name: localizedTextSchema,
    description: localizedTextSchema,
    title: titlePatternSchema,
    /** Whether at least one paragraph must stand between the title and the first section. */
    leadRequired: z.boolean(),
    /** Level-1 sections that must be present, in this order, each once. */
    requiredSections: z.array(sectionSpecSchema).min(1),
    /** Level-1 sections that may be present anywhere; any other level-1 section is a warning. */
    optionalSections: z.array(sectionSpecSchema),
    /** Limits on the characters of the whole report (title excluded, spaces excluded). */
    characters: countRangeSchema.optional(),
    /** Whether every comment thread must be resolved before the report can be submitted. */
    requireResolvedThreads: z.boolean(),
  })
  .superRefine((template, context) => {
    const specs = [...template.requiredSections, ...template.optionalSections];
    const ids = new Set<string>();
    const variants = new Map<string, string>();
    for (const spec of specs) {
      if (!spec.variants.includes(spec.title)) {
        context.addIssue({
          code: 'custom',
          message: `${spec.id}: title must be one of its variants`,
        });
      }
      if (ids.has(spec.id)) {
        context.addIssue({ code: 'custom', message: `duplicate section id ${spec.id}` });
      }
      ids.add(spec.id);
      for (const variant of spec.variants) {
        const owner = variants.get(variant);
        if (owner !== undefined && owner !== spec.id) {
          context.addIssue({
            code: 'custom',
            message: `variant ${variant} belongs to both ${owner} and ${spec.id}`,
          });
        }
        variants.set(variant, spec.id);
      }
    }
  });

/** A report template after validation. */
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

/** A level-1 section a template asks for, and the titles it accepts for it. */
export type SectionSpec = z.infer<typeof sectionSpecSchema>;

/** A template as written in source, before validation fills defaults. */
export type ReportTemplateInput = z.input<typeof reportTemplateSchema>;

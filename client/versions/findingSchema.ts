import { z } from 'zod';
import type { Finding } from '../../shared/outline/Finding.ts';
import { localizedTextSchema } from '../../shared/templates/LocalizedText.ts';

// What the client shows of a finding: severity, message and location; the rest passes unchecked.
const findingShape = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  sectionId: z.string().nullable(),
  message: localizedTextSchema,
});

export const findingSchema = z.custom<Finding>((value) => findingShape.safeParse(value).success);

import { z } from 'zod';

/** A text shown to users, in Chinese and English. */
export const localizedTextSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});

/** A text shown to users, in Chinese and English. */
export type LocalizedText = z.infer<typeof localizedTextSchema>;

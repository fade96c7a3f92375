import { z } from 'zod';

/** Payload of `hello` (client → server). */
export const helloSchema = z.object({ protocolVersion: z.number().int().positive() });

/** Payload of `stored`: base64 of the encoded state vector the server has persisted. */
export const storedSchema = z.object({ stateVector: z.string().max(1_000_000) });

/** Payload of `updateRejected`. */
export const updateRejectedSchema = z.object({
  reason: z.enum(['readOnly', 'locked', 'invalid']),
  message: z.object({ zh: z.string(), en: z.string() }),
  sectionId: z.string().optional(),
  holder: z.string().optional(),
});

export type HelloPayload = z.infer<typeof helloSchema>;
export type StoredPayload = z.infer<typeof storedSchema>;
export type UpdateRejectedPayload = z.infer<typeof updateRejectedSchema>;

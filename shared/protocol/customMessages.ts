import { z } from 'zod';
import { roleSchema } from '../auth/authApi.ts';

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

/** Payload of `membershipChanged`: `role` null means the member was removed. */
export const membershipChangedSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  role: roleSchema.nullable(),
});

/** Payload of `request`: `kind` names the operation; `payload` (optional) is validated per kind by the server. */
export const requestSchema = z.object({
  requestId: z.number().int().nonnegative(),
  kind: z.string().min(1).max(64),
  payload: z.unknown().optional(),
});

/** Payload of `response`. */
export const responseSchema = z.object({
  requestId: z.number().int().nonnegative(),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z
    .object({ code: z.string(), message: z.object({ zh: z.string(), en: z.string() }) })
    .optional(),
});

export type MembershipChangedPayload = z.infer<typeof membershipChangedSchema>;
export type RequestPayload = z.infer<typeof requestSchema>;
export type ResponsePayload = z.infer<typeof responseSchema>;

import { z } from 'zod';

export const sectionLockSchema = z.object({
  sectionId: z.string().min(1).max(64),
  holderId: z.string(),
  holderName: z.string(),
  holderColor: z.string(),
  since: z.string(),
  lastEditAt: z.string(),
});

/** Payload of `locks` (106): the complete set, replacing what the client had. */
export const locksMessageSchema = z.object({ locks: z.array(sectionLockSchema) });

/** Payload of `lock.claim` requests. */
export const lockClaimSchema = z.object({ sectionId: z.string().min(1).max(64) });

/** Payload of `lock.release` requests. */
export const lockReleaseSchema = z.object({
  sectionId: z.string().min(1).max(64),
  force: z.boolean().optional(),
});

/** Payload of `lockNotice` (107), sent to the holder's sockets. */
export const lockNoticeSchema = z.object({
  kind: z.enum(['forceReleased', 'expired', 'disconnected']),
  sectionId: z.string(),
  by: z.string().optional(),
});

export type LocksMessage = z.infer<typeof locksMessageSchema>;
export type LockNotice = z.infer<typeof lockNoticeSchema>;

import { z } from 'zod';
import { REVIEW_STATUSES, type ReviewState } from '../../shared/versions/versionApi.ts';

const reviewEventSchema = z.object({
  action: z.enum(['request', 'return', 'approve']),
  userId: z.string().catch(''),
  userName: z.string().catch(''),
  at: z.string().catch(''),
  comment: z.string().nullable().catch(null),
  versionId: z.string().nullable().catch(null),
  changedSinceRequest: z.boolean().nullable().catch(null),
});

// The status decides what the panel offers; the rest degrades to empty or unknown.
export const reviewStateSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  history: z.array(reviewEventSchema).catch([]),
  submittedVersionId: z.string().nullable().catch(null),
  requestedVersionId: z.string().nullable().catch(null),
  changedSinceRequest: z.boolean().nullable().catch(null),
}) satisfies z.ZodType<ReviewState>;

import { z } from 'zod';
import type { ReviewState } from '../../shared/versions/versionApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { unauthenticatedSignal } from '../api/unauthenticatedSignal.ts';
import { apiErrorOf, readJsonBody } from './apiErrorOf.ts';
import { findingSchema } from './findingSchema.ts';
import { reviewStateSchema } from './reviewStateSchema.ts';
import { SubmissionRefusedError } from './SubmissionRefusedError.ts';

const refusalSchema = z.object({
  error: z.object({ message: z.string() }),
  reason: z.enum(['outlineErrors', 'warningsUnacknowledged']),
  findings: z.array(findingSchema),
});

// Like requestJson, except that the 409 of an approval the outline check stops keeps its
// findings: requestJson keeps only the error code and message.
export async function requestApproval(
  documentId: string,
  acknowledgeWarnings: boolean,
): Promise<ReviewState> {
  let response: Response;
  try {
    response = await fetch(`/api/documents/${encodeURIComponent(documentId)}/review/approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ acknowledgeWarnings }),
      credentials: 'same-origin',
    });
  } catch (error: unknown) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error));
  }
  const body = await readJsonBody(response);
  if (response.ok) {
    const parsed = reviewStateSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new ApiRequestError('malformed', parsed.error.message, response.status);
  }
  if (response.status === 401) unauthenticatedSignal.raise();
  const refusal = refusalSchema.safeParse(body);
  if (response.status === 409 && refusal.success) {
    const { error, ...rest } = refusal.data;
    throw new SubmissionRefusedError({ ...rest, message: error.message });
  }
  throw apiErrorOf(response, body);
}

import { z } from 'zod';
import { API_ERROR, type ApiErrorCode } from '../../shared/protocol/apiErrors.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { readRetryAfter } from '../api/readRetryAfter.ts';

const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const knownCodes: readonly string[] = Object.values(API_ERROR);
const isKnownCode = (code: string): code is ApiErrorCode => knownCodes.includes(code);

// The answer body as JSON, or null when there is none or it is not JSON.
export async function readJsonBody(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

// A failed answer as requestJson would describe it: the server's code and message when it sent
// the API's error body, with Retry-After; `network` for a bare 5xx, `malformed` otherwise.
export function apiErrorOf(response: Response, body: unknown): ApiRequestError {
  const retryAfter = readRetryAfter(response.headers.get('retry-after'));
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) {
    const code = response.status >= 500 ? 'network' : 'malformed';
    return new ApiRequestError(code, `HTTP ${response.status}`, response.status, retryAfter);
  }
  const { code, message } = parsed.data.error;
  const clientCode = isKnownCode(code) ? code : 'unknown';
  return new ApiRequestError(clientCode, message, response.status, retryAfter);
}

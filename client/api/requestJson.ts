import { z } from 'zod';
import { API_ERROR, type ApiErrorCode } from '../../shared/protocol/apiErrors.ts';
import { ApiRequestError, type ClientErrorCode } from './ApiRequestError.ts';
import { readRetryAfter } from './readRetryAfter.ts';
import { unauthenticatedSignal } from './unauthenticatedSignal.ts';

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

const knownCodes: readonly string[] = Object.values(API_ERROR);
const isKnownCode = (code: string): code is ApiErrorCode => knownCodes.includes(code);

export interface JsonRequestInit {
  method?: string;
  body?: unknown;
  // A 401 is an expected answer (login, the session check): do not send the user to the login page.
  expectUnauthenticated?: boolean;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function errorFor(response: Response, body: unknown): ApiRequestError {
  const retryAfter = readRetryAfter(response.headers.get('retry-after'));
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message } = parsed.data.error;
    const clientCode: ClientErrorCode = isKnownCode(code) ? code : 'unknown';
    return new ApiRequestError(clientCode, message, response.status, retryAfter);
  }
  // A proxy answering for a server that is down sends a 5xx without our error body.
  const code = response.status >= 500 ? 'network' : 'malformed';
  return new ApiRequestError(code, `HTTP ${response.status}`, response.status, retryAfter);
}

// Calls the JSON API and validates the answer; every failure becomes an ApiRequestError
// (unreachable server, error body, or an answer that does not match the schema).
export async function requestJson<T>(
  path: string,
  schema: z.ZodType<T>,
  init: JsonRequestInit = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch (error: unknown) {
    throw new ApiRequestError('network', error instanceof Error ? error.message : String(error));
  }
  const body = await readJson(response);
  if (!response.ok) {
    if (response.status === 401 && !init.expectUnauthenticated) unauthenticatedSignal.raise();
    throw errorFor(response, body);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError('malformed', parsed.error.message, response.status);
  return parsed.data;
}

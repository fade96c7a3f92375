import { z } from 'zod';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiRequestError } from './ApiRequestError.ts';

const errorBodySchema = z.object({
  error: z.object({ code: z.enum(Object.values(API_ERROR)), message: z.string() }),
});

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// Calls the JSON API and validates the answer; every failure becomes an ApiRequestError
// (unreachable server, error body, or an answer that does not match the schema).
export async function requestJson<T>(
  path: string,
  schema: z.ZodType<T>,
  init: { method?: string; body?: unknown } = {},
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
    const parsed = errorBodySchema.safeParse(body);
    if (parsed.success) {
      throw new ApiRequestError(parsed.data.error.code, parsed.data.error.message, response.status);
    }
    // A proxy answering for a server that is down sends a 5xx without our error body.
    const code = response.status >= 500 ? 'network' : 'malformed';
    throw new ApiRequestError(code, `HTTP ${response.status}`, response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new ApiRequestError('malformed', parsed.error.message, response.status);
  return parsed.data;
}

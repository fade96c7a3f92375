import type { z } from 'zod';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from './ApiError.ts';

/** Validates a request body (or query) with its schema; 400 naming every problem otherwise. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown, what = 'request body'): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
  throw new ApiError(API_ERROR.badRequest, `Invalid ${what}: ${details}`);
}

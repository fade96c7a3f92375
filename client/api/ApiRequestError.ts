import type { ApiErrorCode } from '../../shared/protocol/apiErrors.ts';

// `network` when the server could not be reached, `malformed` when its answer made no sense,
// `unknown` for an error code this client does not know yet.
export type ClientErrorCode = ApiErrorCode | 'network' | 'malformed' | 'unknown';

export class ApiRequestError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;
  // From Retry-After on a 429: how long the server wants us to wait.
  readonly retryAfterSeconds: number | null;

  constructor(
    code: ClientErrorCode,
    message: string,
    status = 0,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

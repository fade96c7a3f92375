import type { ApiErrorCode } from '../../shared/protocol/apiErrors.ts';

// `network` when the server could not be reached, `malformed` when its answer made no sense.
export type ClientErrorCode = ApiErrorCode | 'network' | 'malformed';

export class ApiRequestError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;

  constructor(code: ClientErrorCode, message: string, status = 0) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
  }
}

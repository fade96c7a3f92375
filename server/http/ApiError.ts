import { API_ERROR, type ApiErrorCode } from '../../shared/protocol/apiErrors.ts';

const STATUS: Record<ApiErrorCode, number> = {
  [API_ERROR.badRequest]: 400,
  [API_ERROR.unauthenticated]: 401,
  [API_ERROR.forbidden]: 403,
  [API_ERROR.notFound]: 404,
  [API_ERROR.conflict]: 409,
  [API_ERROR.payloadTooLarge]: 413,
  [API_ERROR.tooManyRequests]: 429,
  [API_ERROR.internal]: 500,
};

/** An error the API answers as `{ error: { code, message } }` with the code's HTTP status. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = STATUS[code];
  }
}

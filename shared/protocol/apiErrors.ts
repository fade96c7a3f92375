/** Error codes of the HTTP API; every error answer is `{ error: { code, message } }`. */
export const API_ERROR = {
  badRequest: 'bad_request',
  notFound: 'not_found',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  conflict: 'conflict',
  tooManyRequests: 'too_many_requests',
  payloadTooLarge: 'payload_too_large',
  internal: 'internal',
} as const;

export type ApiErrorCode = (typeof API_ERROR)[keyof typeof API_ERROR];

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

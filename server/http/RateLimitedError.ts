import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from './ApiError.ts';

/** 429, answered with `Retry-After`. */
export class RateLimitedError extends ApiError {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, message = 'Too many failed logins; try again later') {
    super(API_ERROR.tooManyRequests, message);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

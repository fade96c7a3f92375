import type { ErrorRequestHandler } from 'express';
import { API_ERROR, type ApiErrorBody } from '../../shared/protocol/apiErrors.ts';
import type { Logger } from '../logging/Logger.ts';
import { ApiError } from './ApiError.ts';
import { RateLimitedError } from './RateLimitedError.ts';

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (!isBodyParserError(error)) return null;
  if (error.type === 'entity.parse.failed') {
    return new ApiError(API_ERROR.badRequest, 'The request body is not valid JSON');
  }
  if (error.type === 'entity.too.large') {
    return new ApiError(API_ERROR.payloadTooLarge, 'The request body is too large');
  }
  if (error.status >= 400 && error.status < 500) {
    return new ApiError(API_ERROR.badRequest, 'The request body could not be read');
  }
  return null;
}

/** Answers every error under /api as JSON; unexpected ones are logged and answered as 500. */
export function handleApiError(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, _next) => {
    let apiError = toApiError(error);
    if (!apiError) {
      logger.error('request failed', { method: request.method, path: request.path, error });
      apiError = new ApiError(API_ERROR.internal, 'Internal server error');
    }
    const body: ApiErrorBody = { error: { code: apiError.code, message: apiError.message } };
    if (response.headersSent) return;
    if (apiError instanceof RateLimitedError) {
      response.set('Retry-After', String(apiError.retryAfterSeconds));
    }
    response.status(apiError.status).json(body);
  };
}

import type { RequestHandler } from 'express';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { OriginPolicy } from '../auth/OriginPolicy.ts';
import { ApiError } from './ApiError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes something and comes from a page of another origin is refused (403),
 * on top of SameSite=Lax. Requests without `Origin` (scripts, curl) are not browser requests a
 * foreign page could make, and pass.
 */
export function checkRequestOrigin(origins: OriginPolicy): RequestHandler {
  return (request, _response, next) => {
    const origin = request.headers.origin;
    if (SAFE_METHODS.has(request.method) || origin === undefined) return next();
    if (!origins.allows(origin, request.headers.host)) {
      throw new ApiError(API_ERROR.forbidden, `Requests from ${origin} are not allowed`);
    }
    next();
  };
}

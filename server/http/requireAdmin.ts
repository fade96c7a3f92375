import type { RequestHandler } from 'express';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from './ApiError.ts';
import { requestContext } from './requestContext.ts';

/** 401 without a session, 403 for anyone but an administrator. */
export const requireAdmin: RequestHandler = (request, _response, next) => {
  if (!requestContext.requireAuth(request).user.isAdmin) {
    throw new ApiError(API_ERROR.forbidden, 'Only administrators may do this');
  }
  next();
};

import type { RequestHandler } from 'express';
import { requestContext } from './requestContext.ts';

/** 401 without a valid session. */
export const requireLogin: RequestHandler = (request, _response, next) => {
  requestContext.requireAuth(request);
  next();
};

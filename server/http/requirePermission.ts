import type { RequestHandler } from 'express';
import type { Permissions } from '../../shared/auth/roles.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { ApiError } from './ApiError.ts';
import { requestContext } from './requestContext.ts';

/** 403 unless the user's role on the report (checked by `requireDocumentAccess`) allows it. */
export function requirePermission(permission: keyof Permissions): RequestHandler {
  return (request, _response, next) => {
    if (!requestContext.access(request).permissions[permission]) {
      throw new ApiError(
        API_ERROR.forbidden,
        `Your role on this report does not allow ${permission}`,
      );
    }
    next();
  };
}

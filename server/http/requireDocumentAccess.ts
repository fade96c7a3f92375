import type { RequestHandler } from 'express';
import { permissionsOf, type Permissions } from '../../shared/auth/roles.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { documentIdSchema } from '../../shared/protocol/documentApi.ts';
import { effectiveRole } from '../auth/effectiveRole.ts';
import type { Storage } from '../storage/Storage.ts';
import { ApiError } from './ApiError.ts';
import { requestContext } from './requestContext.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Router-level check for `/api/documents/:id` and everything under it, so routes added there
 * later are covered too: 400 for a malformed id, 401 without a session, 404 for no such
 * report, 403 for a user with no role on it. Reading needs `read`; any other method needs
 * `edit` unless its route asks for more (`requirePermission`).
 */
export function requireDocumentAccess(storage: Storage): RequestHandler {
  return async (request, _response, next) => {
    const id = request.params.id;
    if (typeof id !== 'string' || !documentIdSchema.safeParse(id).success) {
      throw new ApiError(API_ERROR.badRequest, 'Invalid document id');
    }
    const { user } = requestContext.requireAuth(request);
    const document = await storage.getDocument(id);
    if (!document) throw new ApiError(API_ERROR.notFound, `Document ${id} does not exist`);
    const role = (await storage.members.roleOf(document.id, user.id)) ?? null;
    const acting = effectiveRole(user, role ?? undefined);
    if (!acting) throw new ApiError(API_ERROR.forbidden, 'You are not a member of this report');
    const permissions: Permissions = permissionsOf(acting);
    const needed: keyof Permissions = SAFE_METHODS.has(request.method) ? 'read' : 'edit';
    if (!permissions[needed]) {
      throw new ApiError(API_ERROR.forbidden, 'Your role on this report is read-only');
    }
    requestContext.setAccess(request, { document, role, permissions });
    next();
  };
}

import type { Request } from 'express';
import type { Permissions, Role } from '../../shared/auth/roles.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { Actor } from '../auth/Actor.ts';
import type { Authenticated } from '../auth/AuthService.ts';
import { ApiError } from './ApiError.ts';

/** The report a request under `/api/documents/:id` is about, and what the user may do on it. */
export interface DocumentAccess {
  document: DocumentSummary;
  /** Membership role; null for an administrator who is not a member. */
  role: Role | null;
  /** Effective permissions (administrators: all). */
  permissions: Permissions;
}

const sessions = new WeakMap<Request, Authenticated>();
const accesses = new WeakMap<Request, DocumentAccess>();

/** What the middleware established about a request: its session and, under a report, access. */
export const requestContext = {
  setAuth(request: Request, auth: Authenticated): void {
    sessions.set(request, auth);
  },

  auth(request: Request): Authenticated | undefined {
    return sessions.get(request);
  },

  /** The session, or 401. */
  requireAuth(request: Request): Authenticated {
    const auth = sessions.get(request);
    if (!auth) throw new ApiError(API_ERROR.unauthenticated, 'Log in first');
    return auth;
  },

  setAccess(request: Request, access: DocumentAccess): void {
    accesses.set(request, access);
  },

  /** The access `requireDocumentAccess` established; a route without it is a wiring error. */
  access(request: Request): DocumentAccess {
    const access = accesses.get(request);
    if (!access) throw new Error(`No document access checked for ${request.originalUrl}`);
    return access;
  },

  /** Who is acting, for the audit log. */
  actor(request: Request): Actor {
    const auth = sessions.get(request);
    return {
      user: auth ? { id: auth.user.id, username: auth.user.username } : null,
      ip: request.ip ?? null,
    };
  },
};

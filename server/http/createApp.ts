import express, { type Express } from 'express';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { AuditLog } from '../auth/AuditLog.ts';
import type { AuthService } from '../auth/AuthService.ts';
import type { MembershipService } from '../auth/MembershipService.ts';
import type { OriginPolicy } from '../auth/OriginPolicy.ts';
import type { UserService } from '../auth/UserService.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { CommentService } from '../comments/CommentService.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { Logger } from '../logging/Logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { ReviewService } from '../versions/ReviewService.ts';
import type { VersionRestorer } from '../versions/VersionRestorer.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { ApiError } from './ApiError.ts';
import { checkRequestOrigin } from './checkRequestOrigin.ts';
import { createAuditRouter } from './createAuditRouter.ts';
import { createAuthRouter } from './createAuthRouter.ts';
import { createCommentRouter } from './commentRoutes.ts';
import { createDocumentRouter } from './createDocumentRouter.ts';
import { createImportRouter } from './importRoutes.ts';
import { createMemberRouter } from './createMemberRouter.ts';
import { createUserRouter } from './createUserRouter.ts';
import { handleApiError } from './handleApiError.ts';
import { loadSession } from './loadSession.ts';
import { createOutlineRouter } from './outlineRoutes.ts';
import { requireAdmin } from './requireAdmin.ts';
import { requireDocumentAccess } from './requireDocumentAccess.ts';
import { requireLogin } from './requireLogin.ts';
import { createReviewRouter } from './reviewRoutes.ts';
import { securityHeaders } from './securityHeaders.ts';
import { serveClient } from './serveClient.ts';
import { createVersionRouter } from './versionRoutes.ts';

export interface AppParts {
  documents: DocumentService;
  registry: DocumentRegistry;
  comments: CommentService;
  versioning: VersioningParts;
  clientDir: string;
  logger: Logger;
  access: AccessParts;
}

/** Versions, their restore and the review workflow (issue 7). */
export interface VersioningParts {
  versions: VersionService;
  restorer: VersionRestorer;
  review: ReviewService;
}

/** Accounts, sessions, memberships and the audit log, as the API needs them. */
export interface AccessParts {
  storage: Storage;
  auth: AuthService;
  users: UserService;
  members: MembershipService;
  audit: AuditLog;
  origins: OriginPolicy;
  sessionTtlMs: number;
  /** express `trust proxy`, for the client address and https behind a reverse proxy. */
  trustProxy: boolean | number | string;
}

/** The HTTP side: JSON API under /api, the built client for everything else. */
export function createApp({
  documents,
  registry,
  comments,
  versioning,
  clientDir,
  logger,
  access,
}: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', access.trustProxy);
  app.use(securityHeaders());

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.use(checkRequestOrigin(access.origins));
  api.use(loadSession(access.auth, access.sessionTtlMs));
  api.get('/health', (_request, response) => {
    response.json({
      status: 'ok',
      loadedDocuments: registry.loadedCount,
      connections: registry.connectionCount,
    });
  });
  api.use(createAuthRouter(access.auth, access.sessionTtlMs));
  api.use('/users', requireAdmin, createUserRouter(access.users));
  api.use('/audit', requireAdmin, createAuditRouter(access.storage.audit));
  api.use('/documents', requireLogin);
  // Routes under /documents that are not about one report (import) go above this check.
  api.use('/documents', createImportRouter({ documents, audit: access.audit, logger }));
  api.use('/documents/:id', requireDocumentAccess(access.storage));
  api.use('/documents/:id/members', createMemberRouter(access.members));
  api.use('/documents', createOutlineRouter({ registry, comments }));
  api.use('/documents', createCommentRouter(comments));
  api.use('/documents', createVersionRouter({ ...versioning, audit: access.audit, logger }));
  api.use('/documents', createReviewRouter({ review: versioning.review, audit: access.audit }));
  api.use(
    '/documents',
    createDocumentRouter({ documents, storage: access.storage, audit: access.audit }),
  );
  api.use((request) => {
    throw new ApiError(API_ERROR.notFound, `No API route ${request.method} ${request.path}`);
  });
  api.use(handleApiError(logger));

  app.use('/api', api);
  app.use(serveClient(clientDir));
  return app;
}

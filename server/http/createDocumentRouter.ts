import { getTemplate } from '../../shared/templates/getTemplate.ts';
import { Router } from 'express';
import type { DocumentDetail, DocumentWithRole } from '../../shared/auth/documentAccessApi.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { createDocumentSchema, updateDocumentSchema } from '../../shared/protocol/documentApi.ts';
import type { AuditLog } from '../auth/AuditLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { Storage } from '../storage/Storage.ts';
import { isFrozenDeletionRefusal } from '../storage/versionSchema.ts';
import { versionTexts } from '../versions/versionTexts.ts';
import { ApiError } from './ApiError.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';
import { requirePermission } from './requirePermission.ts';

export interface DocumentRouterParts {
  documents: DocumentService;
  storage: Storage;
  audit: AuditLog;
}

function assertKnownTemplate(template: string | undefined): void {
  if (template !== undefined && !getTemplate(template)) {
    throw new ApiError(API_ERROR.badRequest, `Unknown template ${template}`);
  }
}

/**
 * `/api/documents`: the reports the user belongs to (administrators: all), create (the
 * creator becomes owner), read, rename or change template (owner), delete (owner). The routes
 * under `/:id` sit behind `requireDocumentAccess`.
 */
export function createDocumentRouter({ documents, storage, audit }: DocumentRouterParts): Router {
  const router = Router();

  router.get('/', async (request, response) => {
    const { user } = requestContext.requireAuth(request);
    const roles = await storage.members.rolesOfUser(user.id);
    const all = await documents.list();
    const visible = user.isAdmin ? all : all.filter((document) => roles.has(document.id));
    const list: DocumentWithRole[] = visible.map((document) => ({
      ...document,
      role: roles.get(document.id) ?? null,
    }));
    response.json(list);
  });

  router.post('/', async (request, response) => {
    const { user } = requestContext.requireAuth(request);
    const input = parseBody(createDocumentSchema, request.body);
    assertKnownTemplate(input.template);
    const document = await documents.create(input, user.id);
    await audit.record(requestContext.actor(request), 'document.create', document.id, {
      title: document.title,
      template: document.template,
    });
    const created: DocumentWithRole = { ...document, role: 'owner' };
    response.status(201).json(created);
  });

  router.get('/:id', (request, response) => {
    const { document, role, permissions } = requestContext.access(request);
    const detail: DocumentDetail = { ...document, role, permissions };
    response.json(detail);
  });

  router.patch('/:id', requirePermission('manageReport'), async (request, response) => {
    const { document: before, role } = requestContext.access(request);
    const changes = parseBody(updateDocumentSchema, request.body);
    assertKnownTemplate(changes.template);
    const document = await documents.update(before.id, changes);
    if (!document) throw new ApiError(API_ERROR.notFound, `Document ${before.id} does not exist`);
    await audit.record(requestContext.actor(request), 'document.rename', document.id, {
      from: { title: before.title, template: before.template },
      to: { title: document.title, template: document.template },
    });
    const updated: DocumentWithRole = { ...document, role };
    response.json(updated);
  });

  router.delete('/:id', requirePermission('deleteReport'), async (request, response) => {
    const { document } = requestContext.access(request);
    // Submitted versions are kept for good, so their report is too. The storage triggers refuse
    // it within the one DELETE statement, so no version frozen meanwhile slips through.
    const deleted = await documents.delete(document.id).catch((error: unknown) => {
      if (isFrozenDeletionRefusal(error)) {
        throw new ApiError(API_ERROR.conflict, versionTexts.reportHasSubmissions);
      }
      throw error;
    });
    if (!deleted) {
      throw new ApiError(API_ERROR.notFound, `Document ${document.id} does not exist`);
    }
    await audit.record(requestContext.actor(request), 'document.delete', document.id, {
      title: document.title,
    });
    response.status(204).end();
  });

  return router;
}

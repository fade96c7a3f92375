import { Router } from 'express';
import type { z } from 'zod';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import {
  createDocumentSchema,
  documentIdSchema,
  updateDocumentSchema,
} from '../../shared/protocol/documentApi.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import { ApiError } from './ApiError.ts';

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
  throw new ApiError(API_ERROR.badRequest, `Invalid request body: ${details}`);
}

function parseId(id: string | undefined): string {
  if (!documentIdSchema.safeParse(id).success) {
    throw new ApiError(API_ERROR.badRequest, 'Invalid document id');
  }
  return id!;
}

function notFound(id: string): ApiError {
  return new ApiError(API_ERROR.notFound, `Document ${id} does not exist`);
}

/** `/api/documents`: list, create, read, rename or change template, delete. */
export function createDocumentRouter(documents: DocumentService): Router {
  const router = Router();

  router.get('/', async (_request, response) => {
    response.json(await documents.list());
  });

  router.post('/', async (request, response) => {
    const input = parseBody(createDocumentSchema, request.body);
    response.status(201).json(await documents.create(input));
  });

  router.get('/:id', async (request, response) => {
    const id = parseId(request.params.id);
    const document = await documents.get(id);
    if (!document) throw notFound(id);
    response.json(document);
  });

  router.patch('/:id', async (request, response) => {
    const id = parseId(request.params.id);
    const changes = parseBody(updateDocumentSchema, request.body);
    const document = await documents.update(id, changes);
    if (!document) throw notFound(id);
    response.json(document);
  });

  router.delete('/:id', async (request, response) => {
    const id = parseId(request.params.id);
    if (!(await documents.delete(id))) throw notFound(id);
    response.status(204).end();
  });

  return router;
}

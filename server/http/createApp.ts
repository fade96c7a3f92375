import express, { type Express } from 'express';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { Logger } from '../logging/Logger.ts';
import { ApiError } from './ApiError.ts';
import { createDocumentRouter } from './createDocumentRouter.ts';
import { handleApiError } from './handleApiError.ts';
import { serveClient } from './serveClient.ts';

export interface AppParts {
  documents: DocumentService;
  registry: DocumentRegistry;
  clientDir: string;
  logger: Logger;
}

/** The HTTP side: JSON API under /api, the built client for everything else. */
export function createApp({ documents, registry, clientDir, logger }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const api = express.Router();
  api.use(express.json({ limit: '1mb' }));
  api.get('/health', (_request, response) => {
    response.json({
      status: 'ok',
      loadedDocuments: registry.loadedCount,
      connections: registry.connectionCount,
    });
  });
  api.use('/documents', createDocumentRouter(documents));
  api.use((request) => {
    throw new ApiError(API_ERROR.notFound, `No API route ${request.method} ${request.path}`);
  });
  api.use(handleApiError(logger));

  app.use('/api', api);
  app.use(serveClient(clientDir));
  return app;
}

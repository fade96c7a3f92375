import { Router } from 'express';
import { checkReport } from '../../shared/outline/checkReport.ts';
import { outlineOf } from '../../shared/schema/outlineOf.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import type { CommentService } from '../comments/CommentService.ts';
import { loadDocumentReport } from './loadDocumentReport.ts';
import { requestContext } from './requestContext.ts';

export interface OutlineRouterParts {
  registry: DocumentRegistry;
  comments: CommentService;
}

/**
 * `/api/documents/:id/check` (the outline checker's findings against the document's template)
 * and `/api/documents/:id/outline` (title and numbered section tree), from the current content.
 * Mounted behind `requireDocumentAccess`: reading them needs the `read` permission.
 */
export function createOutlineRouter({ registry, comments }: OutlineRouterParts): Router {
  const router = Router();

  router.get('/:id/check', async (request, response) => {
    const { document } = requestContext.access(request);
    const { template, report } = await loadDocumentReport(registry, document);
    const openThreadCount = await comments.countOpenThreads(document.id);
    response.json({
      template: template.id,
      openThreadCount,
      findings: checkReport(report, template, { openThreadCount }),
    });
  });

  router.get('/:id/outline', async (request, response) => {
    const { document } = requestContext.access(request);
    const { report } = await loadDocumentReport(registry, document);
    response.json(outlineOf(report));
  });

  return router;
}

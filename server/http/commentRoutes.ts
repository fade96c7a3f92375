import { Router } from 'express';
import { countOpenThreads } from '../../shared/comments/commentRules.ts';
import type { CommentService } from '../comments/CommentService.ts';
import { requestContext } from './requestContext.ts';

/**
 * `GET /api/documents/:id/comments`: every comment thread of the report and how many are open.
 * Mounted behind `requireDocumentAccess`: reading needs the `read` permission. Threads are
 * written only on the realtime channel, where every change is pushed to everyone at once.
 */
export function createCommentRouter(comments: CommentService): Router {
  const router = Router();

  router.get('/:id/comments', async (request, response) => {
    const { document } = requestContext.access(request);
    const threads = await comments.listThreads(document.id);
    response.json({ threads, openThreadCount: countOpenThreads(threads) });
  });

  return router;
}

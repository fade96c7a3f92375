import { Router, type ErrorRequestHandler } from 'express';
import {
  reviewApproveSchema,
  reviewRequestSchema,
  reviewReturnSchema,
} from '../../shared/versions/versionApi.ts';
import type { AuditLog } from '../auth/AuditLog.ts';
import type { ReviewService } from '../versions/ReviewService.ts';
import { SubmissionRefusedError } from '../versions/SubmissionRefusedError.ts';
import { authorOf } from './authorOf.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';
import { requirePermission } from './requirePermission.ts';

export interface ReviewRouterParts {
  review: ReviewService;
  audit: AuditLog;
}

/**
 * `/api/documents/:id/review…`: the review state, asking for review (`edit`, which keeps a
 * `review` version of the live content), returning and approving (`approve`, which freezes that
 * requested content). An approval the outline check stops is answered 409 with a
 * `SubmissionRefusal` that lists the findings.
 */
export function createReviewRouter({ review, audit }: ReviewRouterParts): Router {
  const router = Router();

  router.get('/:id/review', async (request, response) => {
    const { document } = requestContext.access(request);
    response.json(await review.state(document.id));
  });

  router.post('/:id/review/request', async (request, response) => {
    const { document } = requestContext.access(request);
    const { note } = parseBody(reviewRequestSchema, request.body ?? {});
    const state = await review.request(document, authorOf(request), note || undefined);
    await audit.record(requestContext.actor(request), 'review.request', document.id, {
      note: note || null,
      versionId: state.requestedVersionId,
    });
    response.json(state);
  });

  router.post('/:id/review/return', requirePermission('approve'), async (request, response) => {
    const { document } = requestContext.access(request);
    const { comment } = parseBody(reviewReturnSchema, request.body);
    const state = await review.return(document.id, authorOf(request), comment);
    await audit.record(requestContext.actor(request), 'review.return', document.id, { comment });
    response.json(state);
  });

  router.post('/:id/review/approve', requirePermission('approve'), async (request, response) => {
    const { document } = requestContext.access(request);
    const { acknowledgeWarnings } = parseBody(reviewApproveSchema, request.body ?? {});
    const { state, version } = await review.approve(
      document,
      authorOf(request),
      acknowledgeWarnings,
    );
    await audit.record(requestContext.actor(request), 'review.approve', document.id, {
      versionId: version.id,
      sha256: version.sha256,
      outline: version.outline,
      openThreadCount: version.openThreadCount,
      acknowledgedWarnings: version.outline.warnings > 0,
      requestedVersionId: state.requestedVersionId,
      changedSinceRequest: state.changedSinceRequest,
    });
    response.json(state);
  });

  const submissionRefused: ErrorRequestHandler = (error: unknown, _request, response, next) => {
    if (!(error instanceof SubmissionRefusedError)) return next(error);
    response.status(409).json(error.body);
  };
  router.use(submissionRefused);

  return router;
}

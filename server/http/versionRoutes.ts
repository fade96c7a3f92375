import { Router, type ErrorRequestHandler, type Request } from 'express';
import { z } from 'zod';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { compareReports } from '../../shared/versions/compareReports.ts';
import {
  createVersionSchema,
  exportQuerySchema,
  renameVersionSchema,
  versionIdSchema,
  type VersionSummary,
} from '../../shared/versions/versionApi.ts';
import type { AuditLog } from '../auth/AuditLog.ts';
import { PdfBusyError } from '../export/PdfBusyError.ts';
import { PdfTimeoutError } from '../export/PdfTimeoutError.ts';
import { PdfUnavailableError } from '../export/PdfUnavailableError.ts';
import type { Logger } from '../logging/Logger.ts';
import { attachmentDisposition } from '../versions/attachmentDisposition.ts';
import { exportContentType, renderExport } from '../versions/renderExport.ts';
import type { VersionRestorer } from '../versions/VersionRestorer.ts';
import type { VersionService } from '../versions/VersionService.ts';
import { versionTexts } from '../versions/versionTexts.ts';
import { authorOf } from './authorOf.ts';
import { parseBody } from './parseBody.ts';
import { requestContext } from './requestContext.ts';
import { requirePermission } from './requirePermission.ts';

export interface VersionRouterParts {
  versions: VersionService;
  restorer: VersionRestorer;
  audit: AuditLog;
  logger: Logger;
}

/** When a client may retry a restore that is live but not yet stored. */
const RESTORE_RETRY_AFTER_SECONDS = 10;

const compareQuerySchema = z.object({ from: versionIdSchema, to: versionIdSchema });

function versionIdOf(request: Request): string {
  return parseBody(versionIdSchema, request.params.versionId, 'version id');
}

function auditDetail(version: VersionSummary): Record<string, unknown> {
  return { versionId: version.id, name: version.name, kind: version.kind };
}

/**
 * `/api/documents/:id/versions…` as `shared/versions/versionApi.ts` describes them. Mounted
 * behind `requireDocumentAccess`: reading needs `read`, the rest `edit`, restoring
 * `restoreVersion`. Submitted versions are refused (409) by every route that would change them.
 * A restore that could not be stored answers 503; so does a PDF export under too much load.
 */
export function createVersionRouter({
  versions,
  restorer,
  audit,
  logger,
}: VersionRouterParts): Router {
  const router = Router();

  router.get('/:id/versions', async (request, response) => {
    const { document } = requestContext.access(request);
    response.json({ versions: await versions.list(document.id) });
  });

  router.post('/:id/versions', async (request, response) => {
    const { document } = requestContext.access(request);
    const { name } = parseBody(createVersionSchema, request.body);
    const version = await versions.create(document, 'manual', name, authorOf(request));
    await audit.record(
      requestContext.actor(request),
      'version.create',
      document.id,
      auditDetail(version),
    );
    response.status(201).json(version);
  });

  router.get('/:id/versions/compare', async (request, response) => {
    const { document } = requestContext.access(request);
    const { from, to } = parseBody(compareQuerySchema, request.query, 'query');
    const before = await versions.report(document, from);
    const after = await versions.report(document, to);
    response.json(compareReports(before, after));
  });

  router.get('/:id/versions/:versionId', async (request, response) => {
    const { document } = requestContext.access(request);
    response.json(await versions.detail(document, versionIdOf(request)));
  });

  router.patch('/:id/versions/:versionId', async (request, response) => {
    const { document } = requestContext.access(request);
    const versionId = versionIdOf(request);
    const { name } = parseBody(renameVersionSchema, request.body);
    const before = await versions.get(document.id, versionId);
    const version = await versions.rename(document.id, versionId, name);
    await audit.record(requestContext.actor(request), 'version.rename', document.id, {
      ...auditDetail(version),
      from: before.name,
    });
    response.json(version);
  });

  router.delete('/:id/versions/:versionId', async (request, response) => {
    const { document } = requestContext.access(request);
    const version = await versions.delete(document.id, versionIdOf(request));
    await audit.record(
      requestContext.actor(request),
      'version.delete',
      document.id,
      auditDetail(version),
    );
    response.status(204).end();
  });

  router.post(
    '/:id/versions/:versionId/restore',
    requirePermission('restoreVersion'),
    async (request, response) => {
      const { document } = requestContext.access(request);
      const { result, stored } = await restorer.restore(
        document,
        versionIdOf(request),
        authorOf(request),
      );
      await audit.record(requestContext.actor(request), 'version.restore', document.id, {
        ...auditDetail(result.restored),
        backupId: result.backup.id,
        stored,
      });
      if (!stored) {
        // Live for everyone and retried in the background, but not durable yet: say so.
        response
          .status(503)
          .set('Retry-After', String(RESTORE_RETRY_AFTER_SECONDS))
          .json({ error: { code: API_ERROR.internal, message: versionTexts.restoreNotStored } });
        return;
      }
      response.json(result);
    },
  );

  // Express answers HEAD with this GET route: the headers are sent without rendering anything.
  router.get('/:id/versions/:versionId/export', async (request, response) => {
    const { document } = requestContext.access(request);
    const versionId = versionIdOf(request);
    const { format } = parseBody(exportQuerySchema, request.query, 'query');
    const version = await versions.get(document.id, versionId);
    const report = await versions.report(document, versionId);
    const title = report.title.trim() || document.title;
    const headers = {
      'Content-Type': exportContentType(format),
      'Content-Disposition': attachmentDisposition(
        `${title}（${version.name}）`,
        `report-${version.id}`,
        format,
      ),
      'Cache-Control': 'private, no-store',
    };
    if (request.method === 'HEAD') {
      response.status(200).set(headers).end();
      return;
    }
    const frozenText = version.frozen
      ? await versions.frozenText(document.id, version.id)
      : undefined;
    const file = await renderExport(report, format, frozenText);
    response.status(200).set(headers).send(file.body);
  });

  const pdfRefused: ErrorRequestHandler = (error: unknown, request, response, next) => {
    if (error instanceof PdfBusyError || error instanceof PdfTimeoutError) {
      logger.warn('pdf export refused', { path: request.path, reason: error.name });
      response
        .status(503)
        .set('Retry-After', String(error.retryAfterSeconds))
        .json({ error: { code: API_ERROR.internal, message: error.message } });
      return;
    }
    if (!(error instanceof PdfUnavailableError)) return next(error);
    logger.warn('pdf export unavailable', { path: request.path, error });
    // 503: the server lacks a renderer; other formats still work.
    response.status(503).json({ error: { code: API_ERROR.internal, message: error.message } });
  };
  router.use(pdfRefused);

  return router;
}

import { Router, type Request, type Response } from 'express';
import { parseReportText } from '../../shared/import/parseReportText.ts';
import { checkReport } from '../../shared/outline/checkReport.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import { importTextSchema, type ImportResponse } from '../../shared/protocol/importApi.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import type { AuditLog } from '../auth/AuditLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { Logger } from '../logging/Logger.ts';
import { ApiError } from './ApiError.ts';
import { parseBody } from './parseBody.ts';
import { readImportUpload, type ImportSource } from './readImportUpload.ts';
import { requestContext } from './requestContext.ts';

export interface ImportRouterParts {
  documents: DocumentService;
  audit: AuditLog;
  logger: Logger;
}

const TITLE_MAX = 200;
const FALLBACK_TITLE = '导入的报告';

function readSource(request: Request, response: Response): Promise<ImportSource> {
  if (request.is('multipart/form-data')) return readImportUpload(request, response);
  if (!request.is('application/json')) {
    throw new ApiError(
      API_ERROR.badRequest,
      'Send JSON { "text", "title"?, "template"? } or a multipart upload in the field "file"',
    );
  }
  return Promise.resolve({ format: 'text', ...parseBody(importTextSchema, request.body) });
}

/**
 * `POST /api/documents/import`: pasted text (JSON) or an uploaded .txt/.docx (multipart, field
 * `file`) becomes a new report owned by the user, its typed numbers turned into sections.
 * Everything is read and validated before the report is created, so a bad request creates
 * nothing. Mounted after `requireLogin` and before the per-report access check.
 */
export function createImportRouter({ documents, audit, logger }: ImportRouterParts): Router {
  const router = Router();

  router.post('/import', async (request, response) => {
    const { user } = requestContext.requireAuth(request);
    const source = await readSource(request, response);
    const templateId = source.template ?? DEFAULT_TEMPLATE_ID;
    const template = getTemplate(templateId);
    if (!template) throw new ApiError(API_ERROR.badRequest, `Unknown template ${templateId}`);
    const { report, findings: importFindings } = parseReportText(source.text);
    if (!report.title && report.lead.length === 0 && report.sections.length === 0) {
      throw new ApiError(API_ERROR.badRequest, 'The text is empty');
    }
    // The given title names the document; the report keeps its own, or takes that name.
    const title =
      (source.title ?? (report.title || source.fileName) ?? '').slice(0, TITLE_MAX).trim() ||
      FALLBACK_TITLE;
    if (!report.title) report.title = title;

    const document = await documents.create(
      { title, template: template.id, content: report },
      user.id,
    );
    await audit.record(requestContext.actor(request), 'document.import', document.id, {
      title: document.title,
      template: document.template,
      format: source.format,
    });
    logger.info('document imported', {
      documentId: document.id,
      format: source.format,
      sections: report.sections.length,
    });
    const body: ImportResponse = {
      ...document,
      role: 'owner',
      findings: [...importFindings, ...checkReport(report, template)],
    };
    response.status(201).json(body);
  });

  return router;
}

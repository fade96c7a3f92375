import { reportToMarkdown } from '../../shared/import/reportToMarkdown.ts';
import { reportToText } from '../../shared/import/reportToText.ts';
import type { Report } from '../../shared/schema/Report.ts';
import type { ExportFormat } from '../../shared/versions/versionApi.ts';
import { renderDocx } from '../export/renderDocx.ts';
import { renderPdf } from '../export/renderPdf.ts';

export interface ExportedFile {
  body: Buffer;
  contentType: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export function exportContentType(format: ExportFormat): string {
  return CONTENT_TYPES[format];
}

/**
 * A report as a file. The `.txt` is `frozenText` when given (a submitted version's, exactly as
 * hashed), else `reportToText`, UTF-8 without a byte-order mark, so that its SHA-256 is the one
 * a submitted version is frozen with. `.pdf` throws `PdfUnavailableError` where no Chromium is
 * installed, `PdfBusyError` or `PdfTimeoutError` under load.
 */
export async function renderExport(
  report: Report,
  format: ExportFormat,
  frozenText?: string,
): Promise<ExportedFile> {
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'docx':
      return { body: await renderDocx(report), contentType };
    case 'pdf':
      return { body: await renderPdf(report), contentType };
    case 'txt':
      return { body: Buffer.from(frozenText ?? reportToText(report), 'utf8'), contentType };
    case 'md':
      return { body: Buffer.from(reportToMarkdown(report), 'utf8'), contentType };
  }
}

/** No Chromium to print with: the export route answers 503 rather than 500. */
export class PdfUnavailableError extends Error {
  override readonly name = 'PdfUnavailableError';

  constructor(detail: string, options?: { cause?: unknown }) {
    super(
      `PDF 导出不可用：找不到可运行的 Chromium（${detail}）。PDF export is unavailable: no Chromium could be run (${detail}).`,
      options,
    );
  }
}

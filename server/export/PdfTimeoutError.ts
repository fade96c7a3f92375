/** A PDF took too long to render and was abandoned: answered 503 with `Retry-After`. */
export class PdfTimeoutError extends Error {
  override readonly name = 'PdfTimeoutError';
  readonly retryAfterSeconds = 10;

  constructor(timeoutMs: number) {
    super(`PDF 生成超时，请稍后重试。Rendering the PDF took longer than ${timeoutMs} ms.`);
  }
}

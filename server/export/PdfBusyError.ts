/** Too many PDFs are being rendered or wait for it: answered 503 with `Retry-After`. */
export class PdfBusyError extends Error {
  override readonly name = 'PdfBusyError';
  /** Seconds after which trying again is sensible. */
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    super(
      `PDF 导出繁忙，请稍后重试。Too many PDF exports at once; try again in ${retryAfterSeconds} s.`,
    );
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

// A `response` with `ok: false`, or a request that never got an answer (code `offline`/`timeout`).
export class RealtimeRequestError extends Error {
  readonly code: string;
  readonly text: { zh: string; en: string } | null;

  constructor(code: string, text: { zh: string; en: string } | null = null) {
    super(text?.en ?? code);
    this.name = 'RealtimeRequestError';
    this.code = code;
    this.text = text;
  }
}

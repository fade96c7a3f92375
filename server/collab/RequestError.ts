import type { REQUEST_ERROR } from '../../shared/protocol/realtimeRequests.ts';

export type RequestErrorCode = (typeof REQUEST_ERROR)[keyof typeof REQUEST_ERROR];

/** A request the server answers with `ok: false` and this code; the socket stays open. */
export class RequestError extends Error {
  readonly code: RequestErrorCode;
  readonly text: { zh: string; en: string };

  constructor(code: RequestErrorCode, text: { zh: string; en: string }) {
    super(text.en);
    this.name = 'RequestError';
    this.code = code;
    this.text = text;
  }
}

import { encodeCustomMessage } from '../../shared/protocol/customMessageCodec.ts';
import type { RequestPayload, ResponsePayload } from '../../shared/protocol/customMessages.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { REQUEST_ERROR } from '../../shared/protocol/realtimeRequests.ts';
import type { Connection } from './Connection.ts';
import { RequestError } from './RequestError.ts';
import type { SharedDocument } from './SharedDocument.ts';

/** Runs the handler of the request's kind and sends the `response` with the same id. */
export async function answerRequest(
  connection: Connection,
  document: SharedDocument,
  { requestId, kind, payload }: RequestPayload,
): Promise<void> {
  let response: ResponsePayload;
  const handler = document.requestHandler(kind);
  if (!handler) {
    response = {
      requestId,
      ok: false,
      error: {
        code: REQUEST_ERROR.unknownKind,
        message: { zh: `未知的请求类型：${kind}`, en: `Unknown request kind: ${kind}` },
      },
    };
  } else {
    try {
      response = { requestId, ok: true, result: await handler({ connection, document, payload }) };
    } catch (error: unknown) {
      if (!(error instanceof RequestError)) throw error;
      response = { requestId, ok: false, error: { code: error.code, message: error.text } };
    }
  }
  connection.send(encodeCustomMessage(MESSAGE.response, response));
}

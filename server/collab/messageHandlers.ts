import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { decodeCustomPayload } from '../../shared/protocol/customMessageCodec.ts';
import { helloSchema, requestSchema } from '../../shared/protocol/customMessages.ts';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';
import { answerRequest } from './answerRequest.ts';
import type { Connection } from './Connection.ts';
import { MalformedFrameError } from './MalformedFrameError.ts';
import type { SharedDocument } from './SharedDocument.ts';

export type MessageHandler = (
  connection: Connection,
  document: SharedDocument,
  decoder: decoding.Decoder,
) => void | Promise<void>;

function handleSync(
  connection: Connection,
  document: SharedDocument,
  decoder: decoding.Decoder,
): void | Promise<void> {
  const { kind, payload } = MalformedFrameError.wrap('sync message', () => ({
    kind: decoding.readVarUint(decoder),
    payload: decoding.readVarUint8Array(decoder),
  }));
  switch (kind) {
    case syncProtocol.messageYjsSyncStep1:
      return document.answerSyncStep1(connection, payload);
    case syncProtocol.messageYjsSyncStep2: {
      const received = document.receiveUpdate(connection, payload);
      // The client's answer to our step 1 completes the initial sync: tell it what is stored.
      if (received instanceof Promise) return received.then(() => document.scheduleStoredNotice());
      document.scheduleStoredNotice();
      return;
    }
    case syncProtocol.messageYjsUpdate:
      return document.receiveUpdate(connection, payload);
    default:
      throw new MalformedFrameError(`unknown sync message type ${kind}`);
  }
}

/** What the server does with each message type it accepts; anything else is malformed. */
export const messageHandlers: ReadonlyMap<number, MessageHandler> = new Map<number, MessageHandler>(
  [
    [MESSAGE.sync, handleSync],
    [
      MESSAGE.awareness,
      (connection, document, decoder) => {
        const update = MalformedFrameError.wrap('awareness message', () =>
          decoding.readVarUint8Array(decoder),
        );
        document.receiveAwareness(connection, update);
      },
    ],
    // Authentication happens on the upgrade, never through y-protocols' auth message.
    [MESSAGE.auth, () => {}],
    [MESSAGE.queryAwareness, (connection, document) => document.sendAwarenessStates(connection)],
    [
      MESSAGE.hello,
      (connection, document, decoder) => {
        MalformedFrameError.wrap('hello', () => decodeCustomPayload(decoder, helloSchema));
        document.receiveHello(connection);
      },
    ],
    [
      MESSAGE.request,
      (connection, document, decoder) => {
        const request = MalformedFrameError.wrap('request', () =>
          decodeCustomPayload(decoder, requestSchema),
        );
        return answerRequest(connection, document, request);
      },
    ],
  ],
);

/** Decodes a frame's message type and hands the frame to its handler. */
export function handleFrame(
  connection: Connection,
  document: SharedDocument,
  frame: Uint8Array,
): void | Promise<void> {
  const decoder = decoding.createDecoder(frame);
  const type = MalformedFrameError.wrap('message type', () => decoding.readVarUint(decoder));
  const handler = messageHandlers.get(type);
  if (!handler) throw new MalformedFrameError(`unknown message type ${type}`);
  return handler(connection, document, decoder);
}

import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { decodeCustomPayload, encodeCustomMessage } from '../shared/protocol/customMessageCodec.ts';
import { responseSchema } from '../shared/protocol/customMessages.ts';
import { MESSAGE, PROTOCOL_VERSION } from '../shared/protocol/messageTypes.ts';
import { REQUEST_KIND } from '../shared/protocol/realtimeRequests.ts';
import { CONTENT_FRAGMENT } from '../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../shared/schema/readReportFromFragment.ts';
import type { BenchServer } from './BenchServer.ts';
import { whenSynced } from './connectProvider.ts';

/** A connected client holding section locks; `release` disconnects it. */
export interface LockHolder {
  sectionIds: string[];
  release(): void;
}

/**
 * Connects one more client that says hello and claims every level-1 section of the report, so
 * that the server inspects every incoming update against held locks for the rest of the run.
 */
export async function holdSectionLocks(
  server: BenchServer,
  documentId: string,
): Promise<LockHolder> {
  const doc = new Y.Doc();
  const provider: WebsocketProvider = server.connect(documentId, doc);
  const answers = new Map<number, (ok: boolean) => void>();
  provider.messageHandlers[MESSAGE.response] = (_encoder, decoder: decoding.Decoder) => {
    const response = decodeCustomPayload(decoder, responseSchema);
    answers.get(response.requestId)?.(response.ok);
  };
  // What the server pushes once we said hello; the holder needs none of it.
  for (const type of [
    MESSAGE.stored,
    MESSAGE.locks,
    MESSAGE.lockNotice,
    MESSAGE.membershipChanged,
  ]) {
    provider.messageHandlers[type] = () => undefined;
  }
  await whenSynced(provider);
  const send = (message: Uint8Array) => provider.ws?.send(message);
  send(encodeCustomMessage(MESSAGE.hello, { protocolVersion: PROTOCOL_VERSION }));
  const sectionIds = readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT)).sections.map(
    (section) => section.id,
  );
  for (const [requestId, sectionId] of sectionIds.entries()) {
    const granted = new Promise<boolean>((resolve) => answers.set(requestId, resolve));
    send(
      encodeCustomMessage(MESSAGE.request, {
        requestId,
        kind: REQUEST_KIND.lockClaim,
        payload: { sectionId },
      }),
    );
    if (!(await granted)) throw new Error(`lock on section ${sectionId} was not granted`);
  }
  return {
    sectionIds,
    release() {
      provider.destroy();
      doc.destroy();
    },
  };
}

import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { MESSAGE } from '../../shared/protocol/messageTypes.ts';

function syncMessage(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Frames the server sends on the y-websocket channels (sync 0, awareness 1). */
export const outgoingMessages = {
  syncStep1(stateVector: Uint8Array): Uint8Array {
    return syncMessage(syncProtocol.messageYjsSyncStep1, stateVector);
  },

  syncStep2(update: Uint8Array): Uint8Array {
    return syncMessage(syncProtocol.messageYjsSyncStep2, update);
  },

  update(update: Uint8Array): Uint8Array {
    return syncMessage(syncProtocol.messageYjsUpdate, update);
  },

  awareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(awareness, clients),
    );
    return encoding.toUint8Array(encoder);
  },
};

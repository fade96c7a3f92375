import type { WebsocketProvider } from 'y-websocket';
import {
  decodeCustomPayload,
  encodeCustomMessage,
} from '../../shared/protocol/customMessageCodec.ts';
import {
  storedSchema,
  updateRejectedSchema,
  type StoredPayload,
  type UpdateRejectedPayload,
} from '../../shared/protocol/customMessages.ts';
import { MESSAGE, PROTOCOL_VERSION } from '../../shared/protocol/messageTypes.ts';
import { createLogger } from '../logging/createLogger.ts';

const logger = createLogger('sync');

export interface CustomMessageListeners {
  onStored(payload: StoredPayload): void;
  onUpdateRejected(payload: UpdateRejectedPayload): void;
  onMalformed(messageType: number): void;
}

// Teaches a stock WebsocketProvider CoDraft's custom messages: says hello on every (re)connection
// and decodes what the server sends back. Returns the uninstaller.
export function installCustomMessageHandlers(
  provider: WebsocketProvider,
  listeners: CustomMessageListeners,
): () => void {
  provider.messageHandlers[MESSAGE.stored] = (_encoder, decoder, _provider, _synced, type) => {
    try {
      listeners.onStored(decodeCustomPayload(decoder, storedSchema));
    } catch (error: unknown) {
      logger.warn('malformed stored message', error);
      listeners.onMalformed(type);
    }
  };
  provider.messageHandlers[MESSAGE.updateRejected] = (
    _encoder,
    decoder,
    _provider,
    _synced,
    type,
  ) => {
    try {
      listeners.onUpdateRejected(decodeCustomPayload(decoder, updateRejectedSchema));
    } catch (error: unknown) {
      logger.warn('malformed updateRejected message', error);
      listeners.onMalformed(type);
    }
  };

  const hello = encodeCustomMessage(MESSAGE.hello, { protocolVersion: PROTOCOL_VERSION });
  const handleStatus = ({ status }: { status: string }) => {
    if (status === 'connected' && provider.ws?.readyState === WebSocket.OPEN) {
      provider.ws.send(hello);
    }
  };
  provider.on('status', handleStatus);
  // The socket may already be open when this runs.
  if (provider.wsconnected) handleStatus({ status: 'connected' });
  return () => provider.off('status', handleStatus);
}

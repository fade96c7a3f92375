import type * as decoding from 'lib0/decoding';
import type { z } from 'zod';
import type { WebsocketProvider } from 'y-websocket';
import {
  decodeCustomPayload,
  encodeCustomMessage,
} from '../../shared/protocol/customMessageCodec.ts';
import {
  commentsMessageSchema,
  commentThreadMessageSchema,
  type CommentsMessage,
  type CommentThreadMessage,
} from '../../shared/comments/commentMessages.ts';
import {
  lockNoticeSchema,
  locksMessageSchema,
  type LockNotice,
  type LocksMessage,
} from '../../shared/locks/lockMessages.ts';
import {
  membershipChangedSchema,
  responseSchema,
  storedSchema,
  updateRejectedSchema,
  type MembershipChangedPayload,
  type ResponsePayload,
  type StoredPayload,
  type UpdateRejectedPayload,
} from '../../shared/protocol/customMessages.ts';
import { MESSAGE, PROTOCOL_VERSION } from '../../shared/protocol/messageTypes.ts';
import { createLogger } from '../logging/createLogger.ts';

const logger = createLogger('sync');

export interface CustomMessageListeners {
  onStored(payload: StoredPayload): void;
  onUpdateRejected(payload: UpdateRejectedPayload): void;
  onMembershipChanged(payload: MembershipChangedPayload): void;
  onResponse(payload: ResponsePayload): void;
  onLocks(payload: LocksMessage): void;
  onLockNotice(payload: LockNotice): void;
  onComments(payload: CommentsMessage): void;
  onCommentThread(payload: CommentThreadMessage): void;
  onMalformed(messageType: number): void;
}

// Teaches a stock WebsocketProvider CoDraft's custom messages: says hello on every (re)connection
// and decodes what the server sends back. Returns the uninstaller.
export function installCustomMessageHandlers(
  provider: WebsocketProvider,
  listeners: CustomMessageListeners,
): () => void {
  const handle = <T>(type: number, schema: z.ZodType<T>, listener: (payload: T) => void) => {
    provider.messageHandlers[type] = (_encoder, decoder: decoding.Decoder) => {
      let payload: T;
      try {
        payload = decodeCustomPayload(decoder, schema);
      } catch (error: unknown) {
        logger.warn(`malformed message of type ${type}`, error);
        listeners.onMalformed(type);
        return;
      }
      listener(payload);
    };
  };
  handle(MESSAGE.stored, storedSchema, listeners.onStored);
  handle(MESSAGE.updateRejected, updateRejectedSchema, listeners.onUpdateRejected);
  handle(MESSAGE.membershipChanged, membershipChangedSchema, listeners.onMembershipChanged);
  handle(MESSAGE.response, responseSchema, listeners.onResponse);
  handle(MESSAGE.locks, locksMessageSchema, listeners.onLocks);
  handle(MESSAGE.lockNotice, lockNoticeSchema, listeners.onLockNotice);
  handle(MESSAGE.comments, commentsMessageSchema, listeners.onComments);
  handle(MESSAGE.commentThread, commentThreadMessageSchema, listeners.onCommentThread);

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

import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE, shouldReconnect } from '../../shared/protocol/closeCodes.ts';
import { createLogger } from '../logging/createLogger.ts';
import { createCompositionGate, type CompositionGate } from './CompositionGate.ts';
import { createConnectionTracker, type ConnectionTracker } from './ConnectionTracker.ts';
import { installCustomMessageHandlers } from './installCustomMessageHandlers.ts';
import { localCopyName } from './localCopyName.ts';
import { createNoticeStore, type NoticeStore, type NoticeText } from './NoticeStore.ts';
import { createPresenceTracker, type PresenceTracker } from './PresenceTracker.ts';
import { createSaveTracker, type SaveTracker } from './SaveTracker.ts';

const logger = createLogger('persistence');

export interface CollabSession {
  documentId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  gate: CompositionGate;
  connection: ConnectionTracker;
  save: SaveTracker;
  presence: PresenceTracker;
  notices: NoticeStore;
  destroy(): void;
}

export function defaultCollabUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/collab`;
}

function closeNotice(code: number, reason: string): NoticeText {
  if (code === CLOSE.documentNotFound.code) return { key: 'notice.documentNotFound' };
  if (code === CLOSE.forbidden.code) return { key: 'notice.forbidden' };
  if (code === CLOSE.unauthenticated.code) return { key: 'notice.unauthenticated' };
  return { key: 'notice.connectionClosed', params: { code, reason } };
}

function openLocalCopy(documentId: string, doc: Y.Doc): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexeddbPersistence(localCopyName(documentId), doc);
  } catch (error: unknown) {
    logger.warn('no local copy: IndexedDB unavailable', error);
    return null;
  }
}

export function createCollabSession(
  documentId: string,
  serverUrl: string = defaultCollabUrl(),
): CollabSession {
  const doc = new Y.Doc();
  const localCopy = openLocalCopy(documentId, doc);
  const provider = new WebsocketProvider(serverUrl, documentId, doc, {
    // Every update must pass the server's checks (locks, roles): no tab-to-tab shortcut.
    disableBc: true,
    shouldReconnect: (event) => shouldReconnect(event.code),
  });
  const gate = createCompositionGate(provider);
  const connection = createConnectionTracker(provider);
  const save = createSaveTracker(doc, (origin) => origin === provider);
  const presence = createPresenceTracker(provider.awareness);
  const notices = createNoticeStore();

  const handleConnection = () =>
    save.handleConnectionChange(connection.getSnapshot() === 'connected');
  const unsubscribeConnection = connection.subscribe(handleConnection);
  const uninstallMessages = installCustomMessageHandlers(provider, {
    onStored: ({ stateVector }) => save.handleStored(stateVector),
    onUpdateRejected: (payload) => notices.add('error', payload.message),
    onMalformed: () => notices.add('warning', { key: 'notice.malformedMessage' }),
  });
  const handleClosed = ({ code, reason }: { code: number; reason: string }) =>
    notices.add('error', closeNotice(code, reason));
  provider.on('closed', handleClosed);

  return {
    documentId,
    doc,
    provider,
    gate,
    connection,
    save,
    presence,
    notices,
    destroy: () => {
      provider.off('closed', handleClosed);
      uninstallMessages();
      unsubscribeConnection();
      connection.destroy();
      presence.destroy();
      save.destroy();
      gate.destroy();
      provider.destroy();
      void localCopy?.destroy();
      doc.destroy();
    },
  };
}

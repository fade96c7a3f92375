import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE, shouldReconnect } from '../../shared/protocol/closeCodes.ts';
import { createLogger } from '../logging/createLogger.ts';
import { createAccessTracker, type AccessTracker } from './AccessTracker.ts';
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
  access: AccessTracker;
  destroy(): void;
}

export interface CollabSessionOptions {
  serverUrl?: string;
  // The logged-in user: their own membership changes change what the editor allows.
  userId?: string | null;
  isAdmin?: boolean;
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

function openLocalCopy(
  documentId: string,
  userId: string | null,
  doc: Y.Doc,
): IndexeddbPersistence | null {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return new IndexeddbPersistence(localCopyName(documentId, userId), doc);
  } catch (error: unknown) {
    logger.warn('no local copy: IndexedDB unavailable', error);
    return null;
  }
}

export function createCollabSession(
  documentId: string,
  { serverUrl = defaultCollabUrl(), userId = null, isAdmin = false }: CollabSessionOptions = {},
): CollabSession {
  const doc = new Y.Doc();
  const localCopy = openLocalCopy(documentId, userId, doc);
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
  const access = createAccessTracker(isAdmin);

  const handleConnection = () =>
    save.handleConnectionChange(connection.getSnapshot() === 'connected');
  const unsubscribeConnection = connection.subscribe(handleConnection);
  const uninstallMessages = installCustomMessageHandlers(provider, {
    onStored: ({ stateVector }) => save.handleStored(stateVector),
    onUpdateRejected: (payload) => {
      // A reader is told once, by the banner, not on every keystroke the server refuses.
      const alreadyKnown = payload.reason === 'readOnly' && access.getSnapshot().refusedAsReader;
      access.dispatch({ type: 'updateRefused', reason: payload.reason });
      if (!alreadyKnown) notices.add('error', payload.message);
    },
    onMembershipChanged: (payload) =>
      access.dispatch({ type: 'membershipChanged', payload, selfId: userId }),
    onMalformed: () => notices.add('warning', { key: 'notice.malformedMessage' }),
  });
  const handleClosed = ({ code, reason }: { code: number; reason: string }) => {
    access.dispatch({ type: 'refused', code });
    notices.add('error', closeNotice(code, reason));
  };
  provider.on('closed', handleClosed);
  // A refused upgrade (found out over HTTP) or a removal: stop knocking.
  const unsubscribeAccess = access.subscribe(() => {
    if (access.getSnapshot().ended && provider.shouldConnect) provider.disconnect();
  });

  return {
    documentId,
    doc,
    provider,
    gate,
    connection,
    save,
    presence,
    notices,
    access,
    destroy: () => {
      provider.off('closed', handleClosed);
      unsubscribeAccess();
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

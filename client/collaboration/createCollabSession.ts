import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE, shouldReconnect } from '../../shared/protocol/closeCodes.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import type { Report } from '../../shared/schema/Report.ts';
import { languageStore } from '../i18n/languageStore.ts';
import { translate } from '../i18n/translate.ts';
import { createCommentPanelStore, type CommentPanelStore } from '../comments/CommentPanelStore.ts';
import { createCommentStore, type CommentStore } from '../comments/CommentStore.ts';
import { createExternalStore, type WritableStore } from '../stores/createExternalStore.ts';
import { createLockStore, type LockStore } from '../locks/LockStore.ts';
import { lockNoticeText } from '../locks/lockNoticeText.ts';
import { createRefusedTextStore, type RefusedTextStore } from '../locks/RefusedTextStore.ts';
import { sectionHeadingOf } from '../locks/sectionHeadingOf.ts';
import { textBlocksOf } from '../locks/textBlocksOf.ts';
import { createLogger } from '../logging/createLogger.ts';
import { createAccessTracker, type AccessTracker } from './AccessTracker.ts';
import { createCompositionGate, type CompositionGate } from './CompositionGate.ts';
import { createConnectionTracker, type ConnectionTracker } from './ConnectionTracker.ts';
import { installCustomMessageHandlers } from './installCustomMessageHandlers.ts';
import { localCopyName } from './localCopyName.ts';
import { createNoticeStore, type NoticeStore, type NoticeText } from './NoticeStore.ts';
import { createPresenceTracker, type PresenceTracker } from './PresenceTracker.ts';
import { createRealtimeRequester, type RealtimeRequester } from './RealtimeRequester.ts';
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
  locks: LockStore;
  comments: CommentStore;
  // The comment thread the reader is looking at, in the panel and on the page.
  activeThread: WritableStore<string | null>;
  // The comments column: shown or not, its tab, and a thread being written.
  commentPanel: CommentPanelStore;
  requester: RealtimeRequester;
  // Text the server refused, offered back after the document was reloaded.
  refusedText: RefusedTextStore;
  userId: string | null;
  report(): Report;
  // Ends the session and deletes this browser's copy of the document, so that the next session
  // starts from the server's state.
  discardLocalCopy(): Promise<void>;
  destroy(): void;
}

export interface CollabSessionOptions {
  serverUrl?: string;
  // The logged-in user: their own membership changes change what the editor allows.
  userId?: string | null;
  isAdmin?: boolean;
  // Kept across reloads of the same document; a new one otherwise.
  refusedText?: RefusedTextStore;
  // The server refused an update that was not a reader's: the local copy no longer matches it.
  onDiverged?: (session: CollabSession) => void;
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
  {
    serverUrl = defaultCollabUrl(),
    userId = null,
    isAdmin = false,
    refusedText = createRefusedTextStore(),
    onDiverged,
  }: CollabSessionOptions = {},
): CollabSession {
  const doc = new Y.Doc();
  let localCopy = openLocalCopy(documentId, userId, doc);
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
  const locks = createLockStore();
  const comments = createCommentStore();
  const activeThread = createExternalStore<string | null>(null);
  const commentPanel = createCommentPanelStore();
  const requester = createRealtimeRequester(provider);
  const report = () => readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT));
  let destroyed = false;

  const handleConnection = () => {
    const connected = connection.getSnapshot() === 'connected';
    save.handleConnectionChange(connected);
    if (!connected) requester.rejectAll('offline');
  };
  const unsubscribeConnection = connection.subscribe(handleConnection);
  const uninstallMessages = installCustomMessageHandlers(provider, {
    onStored: ({ stateVector }) => save.handleStored(stateVector),
    onUpdateRejected: (payload) => {
      // A reader is told once, by the banner, not on every keystroke the server refuses.
      const alreadyKnown = payload.reason === 'readOnly' && access.getSnapshot().refusedAsReader;
      access.dispatch({ type: 'updateRefused', reason: payload.reason });
      if (!alreadyKnown) notices.add('error', payload.message);
      if (payload.reason !== 'readOnly' && !destroyed) onDiverged?.(session);
    },
    onMembershipChanged: (payload) =>
      access.dispatch({ type: 'membershipChanged', payload, selfId: userId }),
    onResponse: (payload) => requester.handleResponse(payload),
    onLocks: (payload) => locks.replace(payload.locks),
    onLockNotice: (payload) => {
      const heading = sectionHeadingOf(report(), payload.sectionId);
      const untitled = translate(languageStore.getSnapshot(), 'lock.untitledSection');
      notices.add('warning', lockNoticeText(payload, heading || untitled));
    },
    onComments: (payload) => comments.replace(payload),
    onCommentThread: (payload) => comments.apply(payload),
    onMalformed: () => notices.add('warning', { key: 'notice.malformedMessage' }),
  });
  const handleClosed = ({ code, reason }: { code: number; reason: string }) => {
    access.dispatch({ type: 'refused', code });
    notices.add('error', closeNotice(code, reason));
  };
  provider.on('closed', handleClosed);
  const handleSynced = (synced: boolean) => {
    if (!synced) return;
    provider.off('sync', handleSynced);
    refusedText.compareWithServer(textBlocksOf(report()));
  };
  provider.on('sync', handleSynced);
  // A refused upgrade (found out over HTTP) or a removal: stop knocking.
  const unsubscribeAccess = access.subscribe(() => {
    if (access.getSnapshot().ended && provider.shouldConnect) provider.disconnect();
  });

  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    provider.off('sync', handleSynced);
    provider.off('closed', handleClosed);
    unsubscribeAccess();
    uninstallMessages();
    unsubscribeConnection();
    requester.rejectAll('offline');
    connection.destroy();
    presence.destroy();
    save.destroy();
    gate.destroy();
    provider.destroy();
  };

  const session: CollabSession = {
    documentId,
    doc,
    provider,
    gate,
    connection,
    save,
    presence,
    notices,
    access,
    locks,
    comments,
    activeThread,
    commentPanel,
    requester,
    refusedText,
    userId,
    report,
    discardLocalCopy: async () => {
      destroy();
      const copy = localCopy;
      localCopy = null;
      try {
        await copy?.clearData();
      } catch (error: unknown) {
        logger.warn('could not clear the local copy', error);
      }
    },
    destroy: () => {
      destroy();
      void localCopy?.destroy();
      localCopy = null;
      if (!doc.isDestroyed) doc.destroy();
    },
  };
  return session;
}

import { useEffect, useRef } from 'react';
import { clearDocument } from 'y-indexeddb';
import { useTranslate } from '../i18n/useTranslate.ts';
import { sessionStore } from '../identity/sessionStore.ts';
import { createLogger } from '../logging/createLogger.ts';
import { ROLE_TEXTS } from '../members/roleTexts.ts';
import { navigate } from '../routing/navigate.ts';
import { ROUTE_PATH } from '../routing/routePath.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import { appNotices } from './appNotices.ts';
import type { CollabSession } from './createCollabSession.ts';
import { localCopyName } from './localCopyName.ts';

const logger = createLogger('persistence');

// What the page does when the user's access changes under it: tell them of a new role, and leave
// a document they may no longer open.
export function useAccessReactions(session: CollabSession, userId: string, title: string): void {
  const access = useExternalStore(session.access);
  const t = useTranslate();
  const announced = useRef(0);

  const ownChange = access.lastOwnChange;
  useEffect(() => {
    if (!ownChange || ownChange.role === null || ownChange.revision === announced.current) return;
    announced.current = ownChange.revision;
    const role = t(ROLE_TEXTS[ownChange.role].label);
    const readOnly = ownChange.role === 'viewer';
    session.notices.add(readOnly ? 'warning' : 'info', {
      key: readOnly ? 'notice.roleChangedReadOnly' : 'notice.roleChanged',
      params: { role },
    });
  }, [ownChange, session, t]);

  const ended = access.ended;
  useEffect(() => {
    if (!ended) return;
    if (ended === 'unauthenticated') {
      sessionStore.handleUnauthenticated();
      return;
    }
    if (ended !== 'documentNotFound') {
      // What is left of the report on this computer is no longer theirs to read.
      clearDocument(localCopyName(session.documentId, userId)).catch((error: unknown) =>
        logger.warn('could not clear the local copy', error),
      );
    }
    if (ended === 'removed') {
      appNotices.add(
        'warning',
        title ? { key: 'notice.removed', params: { title } } : { key: 'notice.removedUntitled' },
      );
    } else {
      appNotices.add('error', {
        key: ended === 'forbidden' ? 'notice.forbidden' : 'notice.documentNotFound',
      });
    }
    navigate(ROUTE_PATH.list);
  }, [ended, session, userId, title]);
}

import { useEffect, useState } from 'react';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { documentsApi, type DocumentEntry } from '../api/documentsApi.ts';
import { createLogger } from '../logging/createLogger.ts';
import type { CollabSession } from './createCollabSession.ts';

const logger = createLogger('http');
const PROBE_INTERVAL_MS = 10_000;
const REFUSALS = [401, 403, 404];

// Loads the document's entry (title, the user's role) into the session, and asks again when the
// socket cannot connect: the server refuses an upgrade with a bare HTTP status the browser does not
// show, and the API says which one it was.
export function useDocumentAccess(session: CollabSession): DocumentEntry | null {
  const [entry, setEntry] = useState<DocumentEntry | null>(null);

  useEffect(() => {
    let current = true;
    let lastProbe = 0;
    const probe = async () => {
      lastProbe = Date.now();
      try {
        const loaded = await documentsApi.get(session.documentId);
        if (!current) return;
        setEntry(loaded);
        session.access.dispatch({ type: 'roleLoaded', role: loaded.role });
      } catch (error: unknown) {
        if (!current) return;
        if (error instanceof ApiRequestError && REFUSALS.includes(error.status)) {
          session.access.dispatch({ type: 'refused', code: error.status });
        } else {
          logger.warn('could not load the document entry', error);
        }
      }
    };
    const handleConnectionError = () => {
      if (Date.now() - lastProbe > PROBE_INTERVAL_MS) void probe();
    };
    void probe();
    session.provider.on('connection-error', handleConnectionError);
    return () => {
      current = false;
      session.provider.off('connection-error', handleConnectionError);
    };
  }, [session]);

  return entry;
}

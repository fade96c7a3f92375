import { useEffect, useState } from 'react';
import { createCollabSession, type CollabSession } from './createCollabSession.ts';

export function useCollabSession(documentId: string): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  useEffect(() => {
    const opened = createCollabSession(documentId);
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
  }, [documentId]);
  return session?.documentId === documentId ? session : null;
}

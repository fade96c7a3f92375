import { useEffect, useState } from 'react';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { createCollabSession, type CollabSession } from './createCollabSession.ts';

export function useCollabSession(documentId: string, user: PublicUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { id: userId, isAdmin } = user;
  useEffect(() => {
    const opened = createCollabSession(documentId, { userId, isAdmin });
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
  }, [documentId, userId, isAdmin]);
  return session?.documentId === documentId ? session : null;
}

import { useEffect, useMemo, useState } from 'react';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { createRefusedTextStore } from '../locks/RefusedTextStore.ts';
import { textBlocksOf } from '../locks/textBlocksOf.ts';
import { createCollabSession, type CollabSession } from './createCollabSession.ts';

// The session of one open document. When the server refuses a change (a section was locked under
// the user), the local copy has diverged: its text is kept aside, the copy is deleted, and a fresh
// session loads the server's state, which then tells what was refused.
export function useCollabSession(documentId: string, user: PublicUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [generation, setGeneration] = useState(0);
  const { id: userId, isAdmin } = user;
  const refusedText = useMemo(() => createRefusedTextStore(), [documentId]);
  useEffect(() => {
    let active = true;
    const handleDiverged = (diverged: CollabSession) => {
      refusedText.hold(textBlocksOf(diverged.report()));
      void diverged.discardLocalCopy().then(() => {
        if (active) setGeneration((current) => current + 1);
      });
    };
    const opened = createCollabSession(documentId, {
      userId,
      isAdmin,
      refusedText,
      onDiverged: handleDiverged,
    });
    setSession(opened);
    return () => {
      active = false;
      setSession(null);
      opened.destroy();
    };
  }, [documentId, userId, isAdmin, refusedText, generation]);
  return session?.documentId === documentId ? session : null;
}

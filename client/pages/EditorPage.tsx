import type { PublicUser } from '../../shared/auth/authApi.ts';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { useAccessReactions } from '../collaboration/useAccessReactions.ts';
import { useCollabSession } from '../collaboration/useCollabSession.ts';
import { useDocumentAccess } from '../collaboration/useDocumentAccess.ts';
import { ReportEditor } from '../editor/ReportEditor.tsx';

interface EditorPageProps {
  documentId: string;
  user: PublicUser;
}

function OpenReport({ session, user }: { session: CollabSession; user: PublicUser }) {
  const summary = useDocumentAccess(session);
  useAccessReactions(session, user.id, summary?.title ?? '');
  return <ReportEditor key={session.documentId} session={session} summary={summary} user={user} />;
}

export function EditorPage({ documentId, user }: EditorPageProps) {
  const session = useCollabSession(documentId, user);
  if (!session) return <div className="editor-page loading" data-testid="editor-page" />;
  return <OpenReport session={session} user={user} />;
}

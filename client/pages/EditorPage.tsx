import { useCollabSession } from '../collaboration/useCollabSession.ts';
import { useDocumentSummary } from '../documents/useDocumentSummary.ts';
import { ReportEditor } from '../editor/ReportEditor.tsx';

export function EditorPage({ documentId }: { documentId: string }) {
  const session = useCollabSession(documentId);
  const summary = useDocumentSummary(documentId);
  if (!session) return <div className="editor-page loading" data-testid="editor-page" />;
  return <ReportEditor key={session.documentId} session={session} summary={summary} />;
}

import { EditorContent, useEditorState } from '@tiptap/react';
import type { MouseEvent } from 'react';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { ConnectionIndicator } from '../collaboration/ConnectionIndicator.tsx';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { NoticeList } from '../collaboration/NoticeList.tsx';
import { PresenceList } from '../collaboration/PresenceList.tsx';
import { SaveIndicator } from '../collaboration/SaveIndicator.tsx';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { UserNameInput } from '../identity/UserNameInput.tsx';
import { navigate } from '../routing/navigate.ts';
import { SectionToolbar } from './SectionToolbar.tsx';
import { useReportEditor } from './useReportEditor.ts';

interface ReportEditorProps {
  session: CollabSession;
  summary: DocumentSummary | null;
}

export function ReportEditor({ session, summary }: ReportEditorProps) {
  const t = useTranslate();
  const editor = useReportEditor(session);
  const contentTitle = useEditorState({
    editor,
    selector: ({ editor: current }) => current?.state.doc.firstChild?.textContent ?? '',
  });
  const summaryTitle = summary?.title ?? '';

  const title = summaryTitle || contentTitle || t('editor.untitled');
  const handleBack = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    navigate('/');
  };

  return (
    <div className="editor-page" data-testid="editor-page" data-document-id={session.documentId}>
      <header className="top-bar">
        <a className="back-link" href="/" data-testid="back-to-list" onClick={handleBack}>
          {t('editor.backToList')}
        </a>
        <h1 className="doc-title" data-testid="doc-title" title={title}>
          {title}
        </h1>
        <ConnectionIndicator tracker={session.connection} />
        <SaveIndicator tracker={session.save} />
        <span className="top-bar-spacer" />
        <PresenceList tracker={session.presence} />
        <UserNameInput />
        <LanguageSelect />
      </header>
      {editor && <SectionToolbar editor={editor} />}
      <NoticeList store={session.notices} />
      <div className="page-scroller">
        <article className="report-page">
          <EditorContent editor={editor} />
        </article>
      </div>
    </div>
  );
}

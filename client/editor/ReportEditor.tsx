import { EditorContent, useEditorState } from '@tiptap/react';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { permissionsOf } from '../../shared/auth/roles.ts';
import { mayComment } from '../../shared/comments/commentRules.ts';
import type { DocumentEntry } from '../api/documentsApi.ts';
import { canEditDocument } from '../collaboration/canEditDocument.ts';
import { ConnectionIndicator } from '../collaboration/ConnectionIndicator.tsx';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { NoticeList } from '../collaboration/NoticeList.tsx';
import { PresenceList } from '../collaboration/PresenceList.tsx';
import { SaveIndicator } from '../collaboration/SaveIndicator.tsx';
import { AddCommentButton } from '../comments/AddCommentButton.tsx';
import { CommentsControl } from '../comments/CommentsControl.tsx';
import { CommentsPanel } from '../comments/CommentsPanel.tsx';
import { useCommentActions } from '../comments/useCommentActions.ts';
import { LanguageSelect } from '../i18n/LanguageSelect.tsx';
import { useTranslate } from '../i18n/useTranslate.ts';
import { presenceUserOf } from '../identity/PresenceUser.ts';
import { UserMenu } from '../identity/UserMenu.tsx';
import { MembersDialog } from '../members/MembersDialog.tsx';
import { useMembers } from '../members/useMembers.ts';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { OutlineCounts } from '../outline/OutlineCounts.tsx';
import { OutlinePanel } from '../outline/OutlinePanel.tsx';
import { TemplateSelect } from '../outline/TemplateSelect.tsx';
import { useDocumentTemplate } from '../outline/useDocumentTemplate.ts';
import { RefusedTextPanel } from '../locks/RefusedTextPanel.tsx';
import { SectionLockControls } from '../locks/SectionLockControls.tsx';
import '../locks/sectionLocks.css';
import { navigate } from '../routing/navigate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import { VersionsControl } from '../versions/VersionsControl.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { SectionToolbar } from './SectionToolbar.tsx';
import { useReportEditor } from './useReportEditor.ts';
import { useStickyOffsets } from './useStickyOffsets.ts';

interface ReportEditorProps {
  session: CollabSession;
  summary: DocumentEntry | null;
  user: PublicUser;
}

export function ReportEditor({ session, summary, user }: ReportEditorProps) {
  const t = useTranslate();
  const access = useExternalStore(session.access);
  const refused = useExternalStore(session.refusedText);
  const locks = useExternalStore(session.locks);
  // While the document reloads after a refusal, nothing more is typed into the stale copy.
  const editable = canEditDocument(access) && refused.status !== 'reloading';
  const presenceUser = useMemo(() => presenceUserOf(user), [user]);
  const editor = useReportEditor(session, presenceUser, editable);
  const [membersOpen, setMembersOpen] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  useStickyOffsets(pageRef, editor !== null);
  const commentPanel = session.commentPanel;
  const commentActions = useCommentActions(session);
  const commentView = useExternalStore(commentPanel);
  const members = useMembers(session.documentId, access.membershipRevision).state.items;
  const templateId = useDocumentTemplate(session.documentId)?.templateId ?? null;
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
  const handleOpenMembers = () => setMembersOpen(true);
  const handleCloseMembers = () => setMembersOpen(false);
  const canManageMembers =
    user.isAdmin || (access.role ? permissionsOf(access.role).manageMembers : false);
  const roleKnown = access.role !== undefined;
  // Administrators act as owner on every report, as the server treats them.
  const commentRole = access.role ?? (user.isAdmin ? 'owner' : null);
  const canComment = commentRole ? mayComment(commentRole) : false;

  return (
    <div
      ref={pageRef}
      className="editor-page"
      data-testid="editor-page"
      data-document-id={session.documentId}
      data-editable={editable ? 'true' : 'false'}
    >
      <header className="top-bar">
        <a className="back-link" href="/" data-testid="back-to-list" onClick={handleBack}>
          {t('editor.backToList')}
        </a>
        <h1 className="doc-title" data-testid="doc-title" title={title}>
          {title}
        </h1>
        <ConnectionIndicator tracker={session.connection} />
        <SaveIndicator tracker={session.save} />
        {editor && <OutlineCounts editor={editor} templateId={templateId} />}
        <TemplateSelect documentId={session.documentId} />
        {roleKnown && <RoleBadge role={access.role ?? null} testId="role-badge" />}
        <span className="top-bar-spacer" />
        <PresenceList tracker={session.presence} />
        <CommentsControl session={session} panel={commentPanel} userId={user.id} />
        <VersionsControl documentId={session.documentId} access={session.access} />
        <button type="button" data-testid="open-members" onClick={handleOpenMembers}>
          {t('members.open')}
        </button>
        <UserMenu />
        <LanguageSelect />
      </header>
      {editor && (
        <SectionToolbar editor={editor} readOnly={!editable}>
          {editable && <SectionLockControls editor={editor} session={session} />}
          {canComment && (
            <AddCommentButton editor={editor} panel={commentPanel} notices={session.notices} />
          )}
        </SectionToolbar>
      )}
      {!editable && <ReadOnlyBanner access={access} />}
      <NoticeList store={session.notices} />
      <RefusedTextPanel store={session.refusedText} />
      <div className="editor-workspace">
        <div className="page-scroller">
          <div className="page-row">
            <article className="report-page">
              <EditorContent editor={editor} />
            </article>
            {editor && commentView.visible && (
              <CommentsPanel
                editor={editor}
                session={session}
                panel={commentPanel}
                actions={commentActions}
                userId={user.id}
                role={commentRole}
                members={members}
              />
            )}
          </div>
        </div>
        {editor && (
          <OutlinePanel
            editor={editor}
            templateId={templateId}
            locks={locks}
            comments={session.comments}
          />
        )}
      </div>
      {membersOpen && (
        <MembersDialog
          documentId={session.documentId}
          selfId={user.id}
          canManage={canManageMembers}
          revision={access.membershipRevision}
          onClose={handleCloseMembers}
        />
      )}
    </div>
  );
}

import { clearDocument } from 'y-indexeddb';
import { describeApiError } from '../api/describeApiError.ts';
import { appNotices } from '../collaboration/appNotices.ts';
import { localCopyName } from '../collaboration/localCopyName.ts';
import { NoticeList } from '../collaboration/NoticeList.tsx';
import { CreateDocumentForm } from '../documents/CreateDocumentForm.tsx';
import { DocumentRow } from '../documents/DocumentRow.tsx';
import { useDocumentList } from '../documents/useDocumentList.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useCurrentUser } from '../identity/useCurrentUser.ts';
import { AppTopBar } from '../layout/AppTopBar.tsx';
import { createLogger } from '../logging/createLogger.ts';
import { ImportDialog } from '../outline/ImportDialog.tsx';

const logger = createLogger('persistence');

export function DocumentListPage() {
  const t = useTranslate();
  const user = useCurrentUser();
  const { state, reload, create, rename, remove } = useDocumentList();

  const handleDelete = async (id: string) => {
    await remove(id);
    clearDocument(localCopyName(id, user?.id ?? null)).catch((error: unknown) =>
      logger.warn('could not clear the local copy', error),
    );
  };
  const handleRetry = () => void reload();

  return (
    <div className="list-page">
      <AppTopBar />
      <NoticeList store={appNotices} />
      <main className="list-main">
        <h1>{t('list.heading')}</h1>
        <CreateDocumentForm onCreate={create} />
        <ImportDialog />
        <section className="doc-list" data-testid="doc-list" aria-busy={state.status === 'loading'}>
          {state.status === 'failed' && (
            <div className="list-error" role="alert" data-testid="doc-list-error">
              <span>{t('list.loadFailed', { message: describeApiError(state.error, t) })}</span>
              <button type="button" data-testid="retry-doc-list" onClick={handleRetry}>
                {t('list.retry')}
              </button>
            </div>
          )}
          <ul className="doc-rows">
            {state.documents.map((document) => (
              <DocumentRow
                key={document.id}
                document={document}
                isAdmin={user?.isAdmin ?? false}
                onRename={rename}
                onDelete={handleDelete}
              />
            ))}
          </ul>
          {state.status === 'loading' && state.documents.length === 0 && (
            <p className="list-hint">{t('list.loading')}</p>
          )}
          {state.status === 'ready' && state.documents.length === 0 && (
            <p className="list-hint" data-testid="doc-list-empty">
              {t('list.empty')}
            </p>
          )}
        </section>
      </main>
    </div>
  );
}

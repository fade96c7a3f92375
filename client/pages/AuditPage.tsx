import { useMemo } from 'react';
import { AuditRow } from '../admin/AuditRow.tsx';
import { useAuditLog } from '../admin/useAuditLog.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { documentsApi } from '../api/documentsApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { AppTopBar } from '../layout/AppTopBar.tsx';
import { useAsyncList } from '../stores/useAsyncList.ts';

// Who logged in, failed to, and changed whose access, for administrators.
export function AuditPage() {
  const t = useTranslate();
  const { state, loadMore } = useAuditLog();
  const { state: documents } = useAsyncList(documentsApi.list);
  const titles = useMemo(
    () => new Map(documents.items.map((document) => [document.id, document.title])),
    [documents.items],
  );
  const handleLoadMore = () => void loadMore();

  return (
    <div className="list-page">
      <AppTopBar />
      <main className="list-main wide" data-testid="audit-page">
        <h1>{t('audit.heading')}</h1>
        {state.status === 'failed' && (
          <p className="list-error" role="alert">
            {t('audit.loadFailed', { message: describeApiError(state.error, t) })}
          </p>
        )}
        <table className="data-table">
          <thead>
            <tr>
              <th>{t('audit.at')}</th>
              <th>{t('audit.actor')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.target')}</th>
              <th>{t('audit.detail')}</th>
              <th>{t('audit.ip')}</th>
            </tr>
          </thead>
          <tbody>
            {state.entries.map((entry) => (
              <AuditRow key={entry.id} entry={entry} titles={titles} />
            ))}
          </tbody>
        </table>
        {state.status === 'loading' && <p className="list-hint">{t('audit.loading')}</p>}
        {state.status === 'ready' && state.entries.length === 0 && (
          <p className="list-hint">{t('audit.empty')}</p>
        )}
        {state.nextBefore !== null && state.status !== 'loading' && (
          <button type="button" data-testid="audit-load-more" onClick={handleLoadMore}>
            {t('audit.loadMore')}
          </button>
        )}
      </main>
    </div>
  );
}

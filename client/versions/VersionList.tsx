import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import type { AsyncListState } from '../stores/useAsyncList.ts';
import { VersionRow } from './VersionRow.tsx';
import type { VersionPermissions } from './versionPermissionsOf.ts';

interface VersionListProps {
  documentId: string;
  state: AsyncListState<VersionSummary>;
  permissions: VersionPermissions;
  inReviewVersionId: string | null;
  onReload: () => Promise<void>;
  onView: (version: VersionSummary) => void;
  onCompareWithCurrent: (version: VersionSummary) => void;
  onRestore: (version: VersionSummary) => void;
  onRename: (versionId: string, name: string) => Promise<void>;
  onRemove: (versionId: string) => Promise<void>;
}

export function VersionList({ documentId, state, onReload, ...rowProps }: VersionListProps) {
  const t = useTranslate();
  const handleRetry = () => void onReload();
  return (
    <section className="versions-section" aria-busy={state.status === 'loading'}>
      <h3>{t('versions.listHeading')}</h3>
      {state.status === 'failed' && (
        <p className="list-error" role="alert">
          {t('versions.loadFailed', { message: describeApiError(state.error, t) })}
          <button type="button" onClick={handleRetry}>
            {t('versions.retry')}
          </button>
        </p>
      )}
      {state.status === 'loading' && state.items.length === 0 && (
        <p className="list-hint">{t('versions.loading')}</p>
      )}
      {state.status === 'ready' && state.items.length === 0 && (
        <p className="list-hint">{t('versions.empty')}</p>
      )}
      <ul className="version-list" data-testid="version-list">
        {state.items.map((version) => (
          <VersionRow key={version.id} documentId={documentId} version={version} {...rowProps} />
        ))}
      </ul>
    </section>
  );
}

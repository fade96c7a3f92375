import { useState } from 'react';
import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { FrozenBadge } from './FrozenBadge.tsx';
import { OutlineStatusText } from './OutlineStatusText.tsx';
import { RenameVersionForm } from './RenameVersionForm.tsx';
import { VersionMeta } from './VersionMeta.tsx';
import type { VersionPermissions } from './versionPermissionsOf.ts';

interface VersionRowProps {
  documentId: string;
  version: VersionSummary;
  permissions: VersionPermissions;
  onView: (version: VersionSummary) => void;
  onCompareWithCurrent: (version: VersionSummary) => void;
  onRestore: (version: VersionSummary) => void;
  onRename: (versionId: string, name: string) => Promise<void>;
  onRemove: (versionId: string) => Promise<void>;
}

type Mode = 'idle' | 'renaming' | 'confirmingDelete';

export function VersionRow({
  documentId,
  version,
  permissions,
  onView,
  onCompareWithCurrent,
  onRestore,
  onRename,
  onRemove,
}: VersionRowProps) {
  const t = useTranslate();
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changeable = permissions.edit && !version.frozen;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      setMode('idle');
    } catch (caught: unknown) {
      setError(t('versions.actionFailed', { message: describeApiError(caught, t) }));
    } finally {
      setBusy(false);
    }
  };
  const handleView = () => onView(version);
  const handleCompare = () => onCompareWithCurrent(version);
  const handleRestore = () => onRestore(version);
  const handleStartRename = () => setMode('renaming');
  const handleStartDelete = () => setMode('confirmingDelete');
  const handleCancel = () => setMode('idle');
  const handleRename = (name: string) => void run(() => onRename(version.id, name));
  const handleDelete = () => void run(() => onRemove(version.id));

  return (
    <li
      className="version-row"
      data-testid="version-row"
      data-version-id={version.id}
      data-kind={version.kind}
      data-frozen={version.frozen ? 'true' : 'false'}
    >
      <div className="version-row-head">
        <strong className="version-name" data-testid="version-name">
          {version.name}
        </strong>
        <FrozenBadge version={version} />
      </div>
      <VersionMeta version={version} />
      <div className="version-row-facts">
        <OutlineStatusText outline={version.outline} />
        {version.openThreadCount !== null && version.openThreadCount > 0 && (
          <span className="muted">
            {t('versions.openThreads', { count: version.openThreadCount })}
          </span>
        )}
      </div>
      {mode === 'renaming' ? (
        <RenameVersionForm
          name={version.name}
          busy={busy}
          onRename={handleRename}
          onCancel={handleCancel}
        />
      ) : mode === 'confirmingDelete' ? (
        <div className="inline-form version-confirm" role="group">
          <span>{t('versions.deleteConfirm', { name: version.name })}</span>
          <button
            type="button"
            className="danger"
            data-testid="version-delete-confirm"
            disabled={busy}
            onClick={handleDelete}
          >
            {t('versions.deleteYes')}
          </button>
          <button type="button" disabled={busy} onClick={handleCancel}>
            {t('versions.cancel')}
          </button>
        </div>
      ) : (
        <div className="version-actions">
          <button type="button" data-testid="version-view" onClick={handleView}>
            {t('versions.view')}
          </button>
          <button type="button" data-testid="version-compare-current" onClick={handleCompare}>
            {t('versions.compareWithCurrent')}
          </button>
          {changeable && (
            <button type="button" data-testid="version-rename" onClick={handleStartRename}>
              {t('versions.rename')}
            </button>
          )}
          {changeable && (
            <button type="button" data-testid="version-delete" onClick={handleStartDelete}>
              {t('versions.delete')}
            </button>
          )}
          {permissions.restore && (
            <button type="button" data-testid="version-restore" onClick={handleRestore}>
              {t('versions.restore')}
            </button>
          )}
        </div>
      )}
      <ExportLinks documentId={documentId} versionId={version.id} />
      {error && (
        <p className="form-error" role="alert" data-testid="version-error">
          {error}
        </p>
      )}
    </li>
  );
}

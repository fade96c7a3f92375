import { useEffect, useRef, useState } from 'react';
import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { DeleteVersionConfirm } from './DeleteVersionConfirm.tsx';
import { ExportControls } from './ExportControls.tsx';
import { FrozenBadge } from './FrozenBadge.tsx';
import { OutlineStatusText } from './OutlineStatusText.tsx';
import { RenameVersionForm } from './RenameVersionForm.tsx';
import { VersionMeta } from './VersionMeta.tsx';
import { versionActionsOf } from './versionActionsOf.ts';
import { quotedVersionLabelOf, versionNameOf } from './versionNames.ts';
import type { VersionPermissions } from './versionPermissionsOf.ts';

interface VersionRowProps {
  documentId: string;
  version: VersionSummary;
  permissions: VersionPermissions;
  // The version sent for review while the report is in review: not to be deleted meanwhile.
  inReviewVersionId: string | null;
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
  inReviewVersionId,
  onView,
  onCompareWithCurrent,
  onRestore,
  onRename,
  onRemove,
}: VersionRowProps) {
  const t = useTranslate();
  const language = useLanguage();
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const actions = versionActionsOf(version, permissions, inReviewVersionId);
  const actionsRef = useRef<HTMLDivElement>(null);
  const previousMode = useRef<Mode>(mode);

  // Back from renaming or a delete question, focus returns to the button that started it.
  useEffect(() => {
    const left = previousMode.current;
    previousMode.current = mode;
    if (mode !== 'idle' || left === 'idle') return;
    const testId = left === 'renaming' ? 'version-rename' : 'version-delete';
    actionsRef.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
  }, [mode]);

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
          {versionNameOf(version, t)}
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
        <DeleteVersionConfirm
          label={quotedVersionLabelOf(version, t, language)}
          busy={busy}
          onConfirm={handleDelete}
          onCancel={handleCancel}
        />
      ) : (
        <div className="version-actions" ref={actionsRef}>
          <button type="button" data-testid="version-view" onClick={handleView}>
            {t('versions.view')}
          </button>
          <button type="button" data-testid="version-compare-current" onClick={handleCompare}>
            {t('versions.compareWithCurrent')}
          </button>
          {actions.rename && (
            <button type="button" data-testid="version-rename" onClick={handleStartRename}>
              {t('versions.rename')}
            </button>
          )}
          {actions.delete && (
            <button type="button" data-testid="version-delete" onClick={handleStartDelete}>
              {t('versions.delete')}
            </button>
          )}
          {actions.restore && (
            <button type="button" data-testid="version-restore" onClick={handleRestore}>
              {t('versions.restore')}
            </button>
          )}
        </div>
      )}
      <ExportControls documentId={documentId} versionId={version.id} />
      {error && (
        <p className="form-error" role="alert" data-testid="version-error">
          {error}
        </p>
      )}
    </li>
  );
}

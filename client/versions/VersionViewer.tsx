import { useCallback } from 'react';
import type { VersionSummary } from '../../shared/versions/versionApi.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ExportControls } from './ExportControls.tsx';
import { FindingMessages } from './FindingMessages.tsx';
import { FrozenBadge } from './FrozenBadge.tsx';
import { OutlineStatusText } from './OutlineStatusText.tsx';
import { ReadOnlyReport } from './ReadOnlyReport.tsx';
import { useAsyncResult } from './useAsyncResult.ts';
import { VersionDialog } from './VersionDialog.tsx';
import { VersionMeta } from './VersionMeta.tsx';
import { versionNameOf } from './versionNames.ts';
import { versionsApi } from './versionsApi.ts';

interface VersionViewerProps {
  documentId: string;
  version: VersionSummary;
  onCompareWithCurrent: (version: VersionSummary) => void;
  onClose: () => void;
}

// One stored version, read-only, on an official page.
export function VersionViewer({
  documentId,
  version,
  onCompareWithCurrent,
  onClose,
}: VersionViewerProps) {
  const t = useTranslate();
  const load = useCallback(() => versionsApi.get(documentId, version.id), [documentId, version.id]);
  const result = useAsyncResult(load);
  const handleCompare = () => onCompareWithCurrent(version);

  const actions = (
    <span className="version-dialog-actions">
      <ExportControls documentId={documentId} versionId={version.id} />
      <button type="button" data-testid="viewer-compare-current" onClick={handleCompare}>
        {t('versions.compareWithCurrent')}
      </button>
    </span>
  );
  return (
    <VersionDialog
      title={
        <>
          {versionNameOf(version, t)} <span className="read-only-tag">{t('viewer.readOnly')}</span>
        </>
      }
      testId="version-viewer"
      size="page"
      actions={actions}
      onClose={onClose}
    >
      <div className="version-viewer-facts">
        <VersionMeta version={version} />
        <OutlineStatusText outline={version.outline} />
        <FrozenBadge version={version} />
      </div>
      {result.status === 'loading' && <p className="list-hint">{t('viewer.loading')}</p>}
      {result.status === 'failed' && (
        <p className="form-error" role="alert">
          {t('viewer.failed', { message: describeApiError(result.error, t) })}
        </p>
      )}
      {result.status === 'ready' && (
        <>
          {result.value.findings.length > 0 && (
            <details className="version-findings-details">
              <summary>{t('viewer.findings', { count: result.value.findings.length })}</summary>
              <FindingMessages findings={result.value.findings} />
            </details>
          )}
          <div className="version-page-scroller">
            <ReadOnlyReport report={result.value.report} />
          </div>
        </>
      )}
    </VersionDialog>
  );
}

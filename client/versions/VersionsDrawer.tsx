import { useState, type KeyboardEvent } from 'react';
import {
  CURRENT_VERSION,
  type RestoreResult,
  type VersionSummary,
} from '../../shared/versions/versionApi.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { CompareForm } from './CompareForm.tsx';
import { ComparisonView, type ComparisonSide } from './ComparisonView.tsx';
import { RestoreDialog } from './RestoreDialog.tsx';
import { ReviewSection } from './ReviewSection.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import { useDialogFocus } from './useDialogFocus.ts';
import { usePolling } from './usePolling.ts';
import type { useReview } from './useReview.ts';
import { useVersionList } from './useVersionList.ts';
import { VersionList } from './VersionList.tsx';
import { quotedVersionLabelOf } from './versionNames.ts';
import type { VersionPermissions } from './versionPermissionsOf.ts';
import { VersionViewer } from './VersionViewer.tsx';

interface VersionsDrawerProps {
  documentId: string;
  permissions: VersionPermissions;
  review: ReturnType<typeof useReview>;
  onClose: () => void;
}

// The side panel beside the editor: review and submission, saving, comparing and the list.
// Not modal, so that the report can be edited while it is open. Esc inside it closes it, unless
// an inner form (renaming, a name or comment being typed, a dialog) takes the Esc first. The
// list is fetched again on the review state's cadence, as others save and approve meanwhile.
export function VersionsDrawer({ documentId, permissions, review, onClose }: VersionsDrawerProps) {
  const t = useTranslate();
  const language = useLanguage();
  const versions = useVersionList(documentId);
  usePolling(() => void versions.reload());
  const drawerRef = useDialogFocus<HTMLElement>();
  const [viewing, setViewing] = useState<VersionSummary | null>(null);
  const [comparing, setComparing] = useState<{ from: ComparisonSide; to: ComparisonSide } | null>(
    null,
  );
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [restored, setRestored] = useState<string | null>(null);

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') onClose();
  };
  const handleCompare = (from: ComparisonSide, to: ComparisonSide) => setComparing({ from, to });
  const handleCompareWithCurrent = (version: VersionSummary) => {
    setViewing(null);
    setComparing({
      from: { id: version.id, label: quotedVersionLabelOf(version, t, language) },
      to: { id: CURRENT_VERSION, label: t('compare.current') },
    });
  };
  // The version sent for review against now (it may be missing from a list not yet reloaded).
  const handleCompareRequested = (versionId: string) => {
    const version = versions.state.items.find((item) => item.id === versionId);
    if (version) return handleCompareWithCurrent(version);
    setComparing({
      from: { id: versionId, label: `“${t('versions.kindName.review')}”` },
      to: { id: CURRENT_VERSION, label: t('compare.current') },
    });
  };
  const handleCloseComparison = () => setComparing(null);
  const handleCloseViewer = () => setViewing(null);
  const handleCloseRestore = () => setRestoring(null);
  const handleRestored = (result: RestoreResult) => {
    setRestoring(null);
    setRestored(
      t('versions.restored', {
        name: quotedVersionLabelOf(result.restored, t, language),
        backup: quotedVersionLabelOf(result.backup, t, language),
      }),
    );
  };
  // Asking for review keeps a version, approving freezes one: show them.
  const handleReviewChanged = () => void versions.reload();
  const handleViewSubmitted = (versionId: string) => {
    const version = versions.state.items.find((item) => item.id === versionId);
    if (version) setViewing(version);
    else void versions.reload();
  };
  const handleDismissRestored = () => setRestored(null);
  const current = review.state.review;
  const inReviewVersionId =
    current?.status === 'inReview' ? (current.requestedVersionId ?? null) : null;

  return (
    <aside
      className="versions-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="versions-drawer-title"
      data-testid="versions-panel"
      tabIndex={-1}
      ref={drawerRef}
      onKeyDown={handleKeyDown}
    >
      <header className="versions-drawer-header">
        <h2 id="versions-drawer-title">{t('versions.heading')}</h2>
        <button
          type="button"
          data-testid="close-versions"
          aria-label={t('versions.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <ReviewSection
        review={review}
        permissions={permissions}
        onChanged={handleReviewChanged}
        onViewSubmitted={handleViewSubmitted}
        onCompareWithCurrent={handleCompareRequested}
      />
      {permissions.edit && (
        <section className="versions-section">
          <SaveVersionForm onSave={versions.create} />
        </section>
      )}
      {restored && (
        <p className="form-success versions-notice" role="status" data-testid="restore-done">
          {restored}
          <button type="button" aria-label={t('versions.close')} onClick={handleDismissRestored}>
            ×
          </button>
        </p>
      )}
      <section className="versions-section">
        <h3>{t('compare.heading')}</h3>
        <CompareForm versions={versions.state.items} onCompare={handleCompare} />
      </section>
      <VersionList
        documentId={documentId}
        state={versions.state}
        permissions={permissions}
        inReviewVersionId={inReviewVersionId}
        onReload={versions.reload}
        onView={setViewing}
        onCompareWithCurrent={handleCompareWithCurrent}
        onRestore={setRestoring}
        onRename={versions.rename}
        onRemove={versions.remove}
      />
      {viewing && (
        <VersionViewer
          documentId={documentId}
          version={viewing}
          onCompareWithCurrent={handleCompareWithCurrent}
          onClose={handleCloseViewer}
        />
      )}
      {comparing && (
        <ComparisonView
          documentId={documentId}
          from={comparing.from}
          to={comparing.to}
          onClose={handleCloseComparison}
        />
      )}
      {restoring && (
        <RestoreDialog
          version={restoring}
          onRestore={versions.restore}
          onRestored={handleRestored}
          onClose={handleCloseRestore}
        />
      )}
    </aside>
  );
}

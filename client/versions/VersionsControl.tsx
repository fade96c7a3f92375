import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { AccessState } from '../collaboration/reduceAccess.ts';
import type { ExternalStore } from '../stores/createExternalStore.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { useExternalStore } from '../stores/useExternalStore.ts';
import { ReviewStatusChip } from './ReviewStatusChip.tsx';
import { useReview } from './useReview.ts';
import { versionPermissionsOf } from './versionPermissionsOf.ts';
import { VersionsDrawer } from './VersionsDrawer.tsx';
import './versions.css';

// The top-bar entry: one compact button opening the versions panel. It carries the review
// status once there is one to tell (a draft is the usual state; the panel says so).
interface VersionsControlProps {
  documentId: string;
  // The collab session's access: the role on the report decides what the panel offers.
  access: ExternalStore<AccessState>;
}

export function VersionsControl({ documentId, access: accessStore }: VersionsControlProps) {
  const t = useTranslate();
  const access = useExternalStore(accessStore);
  const permissions = versionPermissionsOf(access);
  const review = useReview(documentId);
  const [open, setOpen] = useState(false);
  const status = review.state.review?.status;

  const handleToggle = () => {
    if (!open) void review.reload();
    setOpen(!open);
  };
  const handleClose = () => setOpen(false);

  return (
    <>
      <button
        type="button"
        className="versions-open"
        data-testid="open-versions"
        aria-expanded={open}
        title={t('versions.openHint')}
        onClick={handleToggle}
      >
        {t('versions.open')}
        {status && status !== 'draft' && (
          <ReviewStatusChip status={status} testId="review-status" />
        )}
      </button>
      {open &&
        createPortal(
          <VersionsDrawer
            documentId={documentId}
            permissions={permissions}
            review={review}
            onClose={handleClose}
          />,
          document.body,
        )}
    </>
  );
}

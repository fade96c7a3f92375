import { useTranslate } from '../i18n/useTranslate.ts';

interface ReviewChangedNoteProps {
  // The `review` version kept when review was requested, if it still exists.
  requestedVersionId: string | null;
  onCompare: (versionId: string) => void;
}

// The live text changed after review was requested: what a leader approves (or approved) is the
// text as it was sent, not what the editor shows now.
export function ReviewChangedNote({ requestedVersionId, onCompare }: ReviewChangedNoteProps) {
  const t = useTranslate();
  const handleCompare = () => {
    if (requestedVersionId) onCompare(requestedVersionId);
  };
  return (
    <div className="review-changed-note" role="note" data-testid="review-changed-note">
      <p>{t('review.changedSinceRequest')}</p>
      {requestedVersionId && (
        <button
          type="button"
          className="link-button"
          data-testid="review-compare-requested"
          onClick={handleCompare}
        >
          {t('review.compareRequested')}
        </button>
      )}
    </div>
  );
}

import { useState } from 'react';
import { reviewReturnSchema } from '../../shared/versions/versionApi.ts';
import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { useTranslate } from '../i18n/useTranslate.ts';
import { ReviewChangedNote } from './ReviewChangedNote.tsx';
import { ReviewHistory } from './ReviewHistory.tsx';
import { ReviewStatusChip } from './ReviewStatusChip.tsx';
import { ReviewTextField } from './ReviewTextField.tsx';
import { SubmissionRefusalView } from './SubmissionRefusalView.tsx';
import { SubmissionRefusedError } from './SubmissionRefusedError.ts';
import type { useReview } from './useReview.ts';
import type { VersionPermissions } from './versionPermissionsOf.ts';

interface ReviewSectionProps {
  review: ReturnType<typeof useReview>;
  permissions: VersionPermissions;
  // After any action that succeeded: asking for review and approving make versions.
  onChanged: () => void;
  onViewSubmitted: (versionId: string) => void;
  onCompareWithCurrent: (versionId: string) => void;
}

export function ReviewSection({
  review,
  permissions,
  onChanged,
  onViewSubmitted,
  onCompareWithCurrent,
}: ReviewSectionProps) {
  const t = useTranslate();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<SubmissionRefusedError | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const { state } = review;
  const current = state.review;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged();
      setText('');
      setRefusal(null);
      setAcknowledged(false);
    } catch (caught: unknown) {
      if (caught instanceof SubmissionRefusedError) setRefusal(caught);
      else setError(t('review.failed', { message: describeApiError(caught, t) }));
      // Someone else moved the review on meanwhile: show where it stands now.
      if (caught instanceof ApiRequestError && caught.status === 409) void review.reload();
    } finally {
      setBusy(false);
    }
  };
  const handleRequest = () => void run(() => review.request(text.trim()));
  const handleReturn = () => {
    const parsed = reviewReturnSchema.safeParse({ comment: text });
    if (!parsed.success) setError(t('review.commentRequired'));
    else void run(() => review.returnReview(parsed.data.comment));
  };
  const handleApprove = () => void run(() => review.approve(acknowledged));
  const handleViewSubmitted = () => {
    if (current?.submittedVersionId) onViewSubmitted(current.submittedVersionId);
  };

  if (!current) {
    return (
      <section className="versions-section review-section" aria-busy={state.status === 'loading'}>
        <h3>{t('review.heading')}</h3>
        {state.status === 'failed' && (
          <p className="form-error" role="alert">
            {t('review.loadFailed', { message: describeApiError(state.error, t) })}
          </p>
        )}
      </section>
    );
  }
  const canRequest = permissions.edit && current.status !== 'inReview';
  const canDecide = permissions.approve && current.status === 'inReview';
  const textLabel = canDecide ? t('review.commentLabel') : t('review.noteLabel');
  // In review: the text differs now from what was sent. Approved: it did when approving.
  const changed =
    current.changedSinceRequest === true &&
    (current.status === 'inReview' || current.status === 'approved');

  return (
    <section className="versions-section review-section" data-testid="review-section">
      <h3>
        {t('review.heading')}{' '}
        <ReviewStatusChip status={current.status} testId="review-status-panel" />
      </h3>
      <p className="list-hint" data-testid="review-hint">
        {canDecide ? t('review.hint.decide') : t(`review.hint.${current.status}`)}
      </p>
      {changed && (
        <ReviewChangedNote
          requestedVersionId={current.requestedVersionId ?? null}
          onCompare={onCompareWithCurrent}
        />
      )}
      {(canRequest || canDecide) && (
        <ReviewTextField
          label={textLabel}
          value={text}
          disabled={busy}
          testId={canDecide ? 'review-comment' : 'review-note'}
          onChange={setText}
        />
      )}
      <div className="version-actions">
        {canRequest && (
          <button
            type="button"
            className="primary"
            data-testid="review-request"
            disabled={busy}
            onClick={handleRequest}
          >
            {t('review.request')}
          </button>
        )}
        {canDecide && (
          <>
            <button
              type="button"
              className="primary"
              data-testid="review-approve"
              disabled={busy}
              onClick={handleApprove}
            >
              {t('review.approve')}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="review-return"
              disabled={busy}
              onClick={handleReturn}
            >
              {t('review.return')}
            </button>
          </>
        )}
        {current.submittedVersionId && (
          <button type="button" data-testid="review-view-submitted" onClick={handleViewSubmitted}>
            {t('review.viewSubmitted')}
          </button>
        )}
        {busy && <span className="list-hint">{t('review.working')}</span>}
      </div>
      {error && (
        <p className="form-error" role="alert" data-testid="review-error">
          {error}
        </p>
      )}
      {refusal && canDecide && (
        <SubmissionRefusalView
          refusal={refusal}
          acknowledged={acknowledged}
          disabled={busy}
          onAcknowledgedChange={setAcknowledged}
        />
      )}
      <details className="review-history-details">
        <summary>{t('review.history')}</summary>
        <ReviewHistory history={current.history} />
      </details>
    </section>
  );
}

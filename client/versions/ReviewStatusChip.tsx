import type { ReviewStatus } from '../../shared/versions/versionApi.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

export function ReviewStatusChip({ status, testId }: { status: ReviewStatus; testId: string }) {
  const t = useTranslate();
  return (
    <span className="review-chip" data-testid={testId} data-status={status}>
      {t(`review.status.${status}`)}
    </span>
  );
}

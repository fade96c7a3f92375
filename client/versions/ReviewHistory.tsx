import type { ReviewEvent } from '../../shared/versions/versionApi.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useTranslate } from '../i18n/useTranslate.ts';

// Who asked for review, returned or approved, and when; newest first.
export function ReviewHistory({ history }: { history: readonly ReviewEvent[] }) {
  const t = useTranslate();
  const language = useLanguage();
  if (history.length === 0) return <p className="list-hint">{t('review.noHistory')}</p>;
  return (
    <ol className="review-history" data-testid="review-history">
      {[...history].reverse().map((event, index) => (
        <li key={`${event.at}:${index}`} data-testid="review-event" data-action={event.action}>
          <span className="review-event-head">
            <strong>{t(`review.action.${event.action}`, { name: event.userName })}</strong>
            <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
          </span>
          {event.comment && <p className="review-comment">{event.comment}</p>}
        </li>
      ))}
    </ol>
  );
}

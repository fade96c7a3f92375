import type { Translate } from '../i18n/useTranslate.ts';
import { formatWait } from '../i18n/formatWait.ts';
import { ApiRequestError } from './ApiRequestError.ts';

export function describeApiError(error: unknown, t: Translate): string {
  if (error instanceof ApiRequestError) {
    if (error.code === 'network') return t('error.network');
    if (error.status === 429) {
      return error.retryAfterSeconds === null
        ? t('error.rateLimitedNoWait')
        : t('error.rateLimited', { wait: formatWait(error.retryAfterSeconds, t) });
    }
    if (error.code === 'unauthenticated') return t('error.unauthenticated');
    if (error.code === 'forbidden') return t('error.forbidden');
    if (error.code === 'malformed') return t('error.unknown', { status: error.status || '—' });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

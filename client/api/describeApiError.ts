import type { Translate } from '../i18n/useTranslate.ts';
import { ApiRequestError } from './ApiRequestError.ts';

export function describeApiError(error: unknown, t: Translate): string {
  if (error instanceof ApiRequestError) {
    if (error.code === 'network') return t('error.network');
    if (error.code === 'malformed') return t('error.unknown', { status: error.status || '—' });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

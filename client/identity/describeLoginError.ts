import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { Translate } from '../i18n/useTranslate.ts';

// What a refused login means for the person at the keyboard.
export function describeLoginError(error: unknown, t: Translate): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 401) return t('login.wrongCredentials');
    if (error.status === 403) return t('login.disabled');
  }
  return describeApiError(error, t);
}

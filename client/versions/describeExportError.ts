import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import { formatWait } from '../i18n/formatWait.ts';
import type { Translate } from '../i18n/useTranslate.ts';

// Why an export failed, in the server's words where it gave some (e.g. PDF unavailable), with
// how long to wait when it is busy and says so in Retry-After.
export function describeExportError(error: unknown, format: string, t: Translate): string {
  const bareServerError =
    error instanceof ApiRequestError && error.code === 'network' && error.status >= 500;
  const message = bareServerError
    ? t('export.serverError', { status: error.status })
    : describeApiError(error, t);
  const text = t('export.failed', { format, message });
  // describeApiError already says how long to wait after a 429.
  if (!(error instanceof ApiRequestError) || error.status === 429) return text;
  if (error.retryAfterSeconds === null) return text;
  return `${text} ${t('export.retryAfter', { wait: formatWait(error.retryAfterSeconds, t) })}`;
}

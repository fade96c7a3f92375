import type { NoticeText } from '../collaboration/NoticeStore.ts';
import { RealtimeRequestError } from '../collaboration/RealtimeRequestError.ts';
import type { Language } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

// A notice for a lock request that failed: the server's own words when it gave any.
export function describeRequestFailure(
  error: unknown,
  key: 'lock.claimFailed' | 'lock.releaseFailed',
  language: Language,
): NoticeText {
  if (error instanceof RealtimeRequestError && error.text) return error.text;
  const code = error instanceof RealtimeRequestError ? error.code : 'failed';
  const reason =
    code === 'offline'
      ? translate(language, 'lock.offline')
      : code === 'timeout'
        ? translate(language, 'lock.timeout')
        : code;
  return { key, params: { reason } };
}

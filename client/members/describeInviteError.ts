import { ApiRequestError } from '../api/ApiRequestError.ts';
import { describeApiError } from '../api/describeApiError.ts';
import type { Translate } from '../i18n/useTranslate.ts';

// Inviting fails mostly because the username is wrong or already a member; say so plainly.
export function describeInviteError(error: unknown, username: string, t: Translate): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 404) return t('members.userNotFound', { username });
    if (error.status === 409) return t('members.alreadyMember', { username });
  }
  return t('members.actionFailed', { message: describeApiError(error, t) });
}

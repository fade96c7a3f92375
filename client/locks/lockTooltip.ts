import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { Language } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { formatLockTime } from './formatLockTime.ts';

// 「张三 自 14:05 起锁定」
export function lockTooltip(lock: SectionLock, language: Language): string {
  return translate(language, 'lock.tooltip', {
    name: lock.holderName,
    time: formatLockTime(lock.since, language),
  });
}

import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Language } from '../i18n/messages.ts';

const pad = (value: number) => String(value).padStart(2, '0');

// When a lock began: 14:05 today, the full date (2026年11月25日 14:05) on any other day.
export function formatLockTime(since: string, language: Language, now = new Date()): string {
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) return '';
  if (date.toDateString() === now.toDateString()) {
    return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  return formatDateTime(date, language);
}

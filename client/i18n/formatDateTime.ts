import type { Language } from './messages.ts';

const pad = (value: number) => String(value).padStart(2, '0');

// A timestamp in local time: 2026年11月25日 14:05 in Chinese, 2026-11-25 14:05 in English;
// with `seconds`, 14:05:09.
export function formatDateTime(
  value: string | Date,
  language: Language,
  { seconds = false }: { seconds?: boolean } = {},
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const minutes = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const time = seconds ? `${minutes}:${pad(date.getSeconds())}` : minutes;
  const [year, month, day] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return language === 'zh'
    ? `${year}年${month}月${day}日 ${time}`
    : `${year}-${pad(month)}-${pad(day)} ${time}`;
}

import type { Translate } from './useTranslate.ts';

// A wait as people say it: "45 秒", "3 分钟", "2 小时".
export function formatWait(seconds: number, t: Translate): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return t('wait.seconds', { count: whole });
  if (whole < 3600) return t('wait.minutes', { count: Math.ceil(whole / 60) });
  return t('wait.hours', { count: Math.ceil(whole / 3600) });
}

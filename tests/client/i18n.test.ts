import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../client/i18n/formatDateTime.ts';
import { messages } from '../../client/i18n/messages.ts';
import { translate } from '../../client/i18n/translate.ts';

describe('interface language', () => {
  it('has every message in both languages', () => {
    const keys = Object.keys(messages.zh).sort();
    expect(Object.keys(messages.en).sort()).toEqual(keys);
    for (const key of keys) expect(messages.en[key as keyof typeof messages.en]).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'list.updatedAt', { time: '今天' })).toBe('更新于 今天');
    expect(translate('en', 'list.updatedAt', { time: 'today' })).toBe('Updated today');
  });

  it('writes dates the Chinese way', () => {
    const date = new Date(2026, 10, 25, 14, 5);
    expect(formatDateTime(date, 'zh')).toBe('2026年11月25日 14:05');
    expect(formatDateTime(date, 'en')).toBe('2026-11-25 14:05');
    expect(formatDateTime('not a date', 'zh')).toBe('');
  });
});

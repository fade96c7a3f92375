import { useCallback } from 'react';
import type { TranslationParams } from '../i18n/translate.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { outlineMessages, type OutlineMessageKey } from './outlineMessages.ts';

export type OutlineTranslate = (key: OutlineMessageKey, params?: TranslationParams) => string;

export function useOutlineTranslate(): OutlineTranslate {
  const language = useLanguage();
  return useCallback(
    (key: OutlineMessageKey, params?: TranslationParams) => {
      const text = outlineMessages[language][key];
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    [language],
  );
}

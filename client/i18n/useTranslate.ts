import { useCallback } from 'react';
import type { MessageKey } from './messages.ts';
import { translate, type TranslationParams } from './translate.ts';
import { useLanguage } from './useLanguage.ts';

export type Translate = (key: MessageKey, params?: TranslationParams) => string;

export function useTranslate(): Translate {
  const language = useLanguage();
  return useCallback(
    (key: MessageKey, params?: TranslationParams) => translate(language, key, params),
    [language],
  );
}

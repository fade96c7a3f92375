import type { ChangeEvent } from 'react';
import { languageStore } from './languageStore.ts';
import { LANGUAGES, type Language } from './messages.ts';
import { useLanguage } from './useLanguage.ts';
import { useTranslate } from './useTranslate.ts';

const LANGUAGE_NAMES: Record<Language, string> = { zh: '中文', en: 'English' };

export function LanguageSelect() {
  const language = useLanguage();
  const t = useTranslate();

  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const next = LANGUAGES.find((candidate) => candidate === event.target.value);
    if (next) languageStore.set(next);
  };

  return (
    <select
      className="language-select"
      data-testid="language-select"
      aria-label={t('language.label')}
      value={language}
      onChange={handleChange}
    >
      {LANGUAGES.map((option) => (
        <option key={option} value={option}>
          {LANGUAGE_NAMES[option]}
        </option>
      ))}
    </select>
  );
}

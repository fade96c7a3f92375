import { messages, type Language, type MessageKey } from './messages.ts';

export type TranslationParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params?: TranslationParams): string {
  const text = messages[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

import { useSyncExternalStore } from 'react';
import { languageStore } from './languageStore.ts';
import type { Language } from './messages.ts';

export function useLanguage(): Language {
  return useSyncExternalStore(languageStore.subscribe, languageStore.getSnapshot);
}

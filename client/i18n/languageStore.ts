import { createExternalStore } from '../stores/createExternalStore.ts';
import { LANGUAGES, type Language } from './messages.ts';

const STORAGE_KEY = 'codraft.language';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGUAGES.find((language) => language === value) ?? 'zh';
  } catch {
    return 'zh';
  }
}

const store = createExternalStore<Language>(storedLanguage());

// The interface language, Chinese unless the user picked another; kept in localStorage.
export const languageStore = {
  getSnapshot: store.getSnapshot,
  subscribe: store.subscribe,
  set(language: Language): void {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    store.set(language);
  },
};

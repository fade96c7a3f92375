import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { TranslationParams } from '../i18n/translate.ts';

// Either a key of the interface dictionary or text the server sent in both languages.
export type NoticeText =
  { key: MessageKey; params?: TranslationParams } | { zh: string; en: string };

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  text: NoticeText;
}

export interface NoticeStore extends ExternalStore<readonly Notice[]> {
  add(kind: Notice['kind'], text: NoticeText): void;
  dismiss(id: number): void;
}

const MAX_NOTICES = 5;

export function createNoticeStore(): NoticeStore {
  const store = createExternalStore<readonly Notice[]>([]);
  let nextId = 1;
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    add: (kind, text) => {
      store.set([...store.getSnapshot(), { id: nextId++, kind, text }].slice(-MAX_NOTICES));
    },
    dismiss: (id) => store.set(store.getSnapshot().filter((notice) => notice.id !== id)),
  };
}

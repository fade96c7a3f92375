import { createExternalStore } from '../stores/createExternalStore.ts';

export interface LocalUser {
  name: string;
  color: string;
}

const NAME_KEY = 'codraft.userName';
const COLOR_KEY = 'codraft.userColor';
const MAX_NAME_LENGTH = 40;
const COLORS = [
  '#d9480f',
  '#1c7ed6',
  '#2b8a3e',
  '#ae3ec9',
  '#e67700',
  '#0c8599',
  '#c2255c',
  '#5f3dc4',
];

function readItem(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeItem(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage refused (private browsing): the value lasts for this page only.
  }
}

function initialUser(): LocalUser {
  const storedName = readItem(NAME_KEY)?.trim().slice(0, MAX_NAME_LENGTH);
  const storedColor = readItem(COLOR_KEY);
  const name = storedName || `用户${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  const color =
    storedColor && /^#[0-9a-f]{6}$/i.test(storedColor)
      ? storedColor
      : COLORS[Math.floor(Math.random() * COLORS.length)]!;
  if (name !== storedName) writeItem(NAME_KEY, name);
  if (color !== storedColor) writeItem(COLOR_KEY, color);
  return { name, color };
}

const store = createExternalStore<LocalUser>(initialUser());

// The name and caret colour this browser shows to others, until login provides an identity.
export const localUserStore = {
  getSnapshot: store.getSnapshot,
  subscribe: store.subscribe,
  rename(name: string): void {
    const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
    if (!trimmed) return;
    writeItem(NAME_KEY, trimmed);
    store.set({ ...store.getSnapshot(), name: trimmed });
  },
};

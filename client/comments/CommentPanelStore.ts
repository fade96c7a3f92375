import { createExternalStore, type ExternalStore } from '../stores/createExternalStore.ts';
import type { ThreadFilter } from './filterThreads.ts';

// A thread being written: its anchor, and where its passage starts in the editor.
export interface CommentDraft {
  start: string;
  end: string;
  from: number;
}

export interface CommentPanelState {
  visible: boolean;
  filter: ThreadFilter;
  draft: CommentDraft | null;
}

export interface CommentPanelStore extends ExternalStore<CommentPanelState> {
  setVisible(visible: boolean): void;
  setFilter(filter: ThreadFilter): void;
  startDraft(draft: CommentDraft): void;
  endDraft(): void;
}

// Below this width page, comments and outline do not fit side by side: the column starts
// hidden (the top bar's 批注 shows it) and opens by itself for a new comment.
const ROOM_FOR_COLUMN_PX = 1500;

// What the comments column shows; shared by the column, the toolbar and the top bar.
export function createCommentPanelStore(): CommentPanelStore {
  const store = createExternalStore<CommentPanelState>({
    visible: (globalThis.innerWidth ?? ROOM_FOR_COLUMN_PX) >= ROOM_FOR_COLUMN_PX,
    filter: 'open',
    draft: null,
  });
  const update = (change: Partial<CommentPanelState>) =>
    store.set({ ...store.getSnapshot(), ...change });
  return {
    getSnapshot: store.getSnapshot,
    subscribe: store.subscribe,
    setVisible: (visible) => update({ visible }),
    setFilter: (filter) => update({ filter, visible: true }),
    startDraft: (draft) => update({ draft, visible: true, filter: 'open' }),
    endDraft: () => update({ draft: null }),
  };
}

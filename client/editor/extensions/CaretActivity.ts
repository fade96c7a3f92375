import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Awareness } from 'y-protocols/awareness';

export interface CaretActivityOptions {
  awareness: Awareness | null;
  activeMs: number;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
}

// Shows a colleague's name on their caret while they are active and hides it a moment later, as
// Google Docs does, so that names do not cover the text being read.
export const CaretActivity = Extension.create<CaretActivityOptions>({
  name: 'caretActivity',

  addOptions() {
    return { awareness: null, activeMs: 3000 };
  },

  addProseMirrorPlugins() {
    const { awareness, activeMs } = this.options;
    if (!awareness) return [];
    const lastActive = new Map<number, number>();
    return [
      new Plugin({
        key: new PluginKey('caretActivity'),
        view: (view) => {
          const mark = () => {
            const now = Date.now();
            view.dom.querySelectorAll<HTMLElement>('[data-client-id]').forEach((caret) => {
              const since = now - (lastActive.get(Number(caret.dataset.clientId)) ?? 0);
              caret.dataset.active = since < activeMs ? 'true' : 'false';
            });
          };
          const handleChange = ({ added, updated }: AwarenessChange) => {
            const now = Date.now();
            for (const clientId of [...added, ...updated]) {
              if (clientId !== awareness.clientID) lastActive.set(clientId, now);
            }
            // After the caret plugin has redrawn the carets for this change.
            setTimeout(mark, 0);
          };
          awareness.on('change', handleChange);
          const sweep = setInterval(mark, 500);
          return {
            update: mark,
            destroy: () => {
              awareness.off('change', handleChange);
              clearInterval(sweep);
            },
          };
        },
      }),
    ];
  },
});

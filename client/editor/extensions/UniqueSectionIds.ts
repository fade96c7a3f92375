import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { planSectionIdRepairs } from '../sections/planSectionIdRepairs.ts';

function repairTransaction(state: EditorState): Transaction | null {
  const repairs = planSectionIdRepairs(state.doc);
  if (repairs.length === 0) return null;
  const tr = state.tr;
  for (const repair of repairs) tr.setNodeAttribute(repair.pos, 'id', repair.id);
  return tr.setMeta('addToHistory', false);
}

function isRemoteChange(tr: Transaction): boolean {
  const meta: unknown = tr.getMeta(ySyncPluginKey);
  return (
    typeof meta === 'object' && meta !== null && 'isChangeOrigin' in meta && !!meta.isChangeOrigin
  );
}

// Keeps section ids unique after pastes, splits and concurrent edits. Local edits are repaired in
// the same transaction; a duplicate arriving from a peer is repaired just after, because
// y-prosemirror does not write back changes appended to its own transactions.
export const UniqueSectionIds = Extension.create({
  name: 'uniqueSectionIds',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('uniqueSectionIds'),
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((tr) => tr.docChanged) || transactions.some(isRemoteChange)) {
            return null;
          }
          return repairTransaction(newState);
        },
        view: () => {
          let scheduled = false;
          return {
            update: (view, previous) => {
              if (scheduled || previous.doc === view.state.doc) return;
              if (planSectionIdRepairs(view.state.doc).length === 0) return;
              scheduled = true;
              queueMicrotask(() => {
                scheduled = false;
                if (view.isDestroyed) return;
                const tr = repairTransaction(view.state);
                if (tr) view.dispatch(tr);
              });
            },
          };
        },
      }),
    ];
  },
});

import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { SectionLock } from '../../../shared/locks/SectionLock.ts';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { languageStore } from '../../i18n/languageStore.ts';
import { translate } from '../../i18n/translate.ts';
import type { LockStore } from '../../locks/LockStore.ts';
import { lockTooltip } from '../../locks/lockTooltip.ts';

export interface SectionLockBadgesOptions {
  locks: LockStore | null;
  userId: string | null;
}

export const sectionLockBadgesKey = new PluginKey<DecorationSet>('sectionLockBadges');

function renderBadge(lock: SectionLock): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'lock-badge';
  badge.contentEditable = 'false';
  badge.dataset.testid = 'lock-badge';
  badge.dataset.sectionId = lock.sectionId;
  badge.dataset.holder = lock.holderName;
  badge.dataset.holderId = lock.holderId;
  badge.style.setProperty('--lock-color', lock.holderColor);
  const language = languageStore.getSnapshot();
  const tooltip = lockTooltip(lock, language);
  badge.title = tooltip;
  badge.setAttribute('aria-label', tooltip);
  badge.textContent = translate(language, 'lock.badge', { name: lock.holderName });
  return badge;
}

function lockDecorations(
  doc: ProseMirrorNode,
  locks: ReadonlyMap<string, SectionLock>,
  userId: string | null,
): DecorationSet {
  if (locks.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== NODE.section) return false;
    const lock = locks.get(String(node.attrs.id ?? ''));
    if (lock) {
      const own = lock.holderId === userId;
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, {
          class: own ? 'section-locked section-locked-own' : 'section-locked',
          style: `--lock-color: ${lock.holderColor}`,
        }),
        Decoration.widget(pos + 1, () => renderBadge(lock), {
          side: -1,
          ignoreSelection: true,
          key: `lock-${lock.sectionId}-${lock.holderId}-${lock.since}-${languageStore.getSnapshot()}`,
        }),
      );
    }
    return true;
  });
  return DecorationSet.create(doc, decorations);
}

// A badge with the holder's name and colour on every locked section, and its outline tinted.
export const SectionLockBadges = Extension.create<SectionLockBadgesOptions>({
  name: 'sectionLockBadges',

  addOptions() {
    return { locks: null, userId: null };
  },

  addProseMirrorPlugins() {
    const { locks, userId } = this.options;
    if (!locks) return [];
    return [
      new Plugin<DecorationSet>({
        key: sectionLockBadgesKey,
        state: {
          init: (_config, state) => lockDecorations(state.doc, locks.getSnapshot(), userId),
          apply: (transaction, previous) =>
            transaction.docChanged ||
            transaction.getMeta(sectionLockBadgesKey) !== undefined ||
            transaction.getMeta('language') !== undefined
              ? lockDecorations(transaction.doc, locks.getSnapshot(), userId)
              : previous,
        },
        props: {
          decorations: (state) => sectionLockBadgesKey.getState(state),
        },
        view: (view) => {
          const unsubscribe = locks.subscribe(() => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(sectionLockBadgesKey, true));
          });
          return { destroy: unsubscribe };
        },
      }),
    ];
  },
});

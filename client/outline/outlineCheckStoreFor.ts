import type { Editor } from '@tiptap/core';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import { OutlineCheckStore } from './OutlineCheckStore.ts';

const stores = new WeakMap<Editor, Map<string, OutlineCheckStore>>();

// One store per editor and template, so the panel and the top-bar counts share one check.
export function outlineCheckStoreFor(editor: Editor, templateId: string | null): OutlineCheckStore {
  let byTemplate = stores.get(editor);
  if (!byTemplate) {
    byTemplate = new Map();
    stores.set(editor, byTemplate);
  }
  const key = templateId ?? '';
  let store = byTemplate.get(key);
  if (!store) {
    store = new OutlineCheckStore(editor, templateId ? getTemplate(templateId) : null);
    byTemplate.set(key, store);
  }
  return store;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

export interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, ProseMirrorNode>;
}

// The Yjs side of the editor, once the collaboration binding has rendered the document.
export function yBindingOf(state: EditorState): YBinding | null {
  const sync: unknown = ySyncPluginKey.getState(state);
  if (typeof sync !== 'object' || sync === null || !('binding' in sync) || !('type' in sync)) {
    return null;
  }
  const { binding, type } = sync as {
    binding: { doc?: Y.Doc; mapping?: YBinding['mapping'] } | null;
    type: Y.XmlFragment;
  };
  if (!binding?.doc || !binding.mapping || binding.mapping.size === 0) return null;
  return { doc: binding.doc, type, mapping: binding.mapping };
}

import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';

// Selects [from, to], focuses the editor and brings the place to the middle of the window.
export function selectAndReveal(editor: Editor, from: number, to = from): void {
  if (editor.isDestroyed) return;
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView());
  view.focus();
  const { node } = view.domAtPos(from);
  const element = node instanceof Element ? node : node.parentElement;
  element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
}

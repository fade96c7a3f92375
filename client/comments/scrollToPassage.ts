import type { Editor } from '@tiptap/core';

// Brings a passage into view, a third of the way down the window, without moving the caret.
export function scrollToPassage(editor: Editor, from: number): void {
  if (editor.isDestroyed || from > editor.state.doc.content.size) return;
  const { top } = editor.view.coordsAtPos(from);
  window.scrollTo({ top: window.scrollY + top - window.innerHeight / 3, behavior: 'smooth' });
}

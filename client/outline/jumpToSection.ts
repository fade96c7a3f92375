import type { Editor } from '@tiptap/core';
import { findSectionById } from './findSectionById.ts';
import { selectAndReveal } from './selectAndReveal.ts';

// Puts the cursor at the end of the section's heading and scrolls it into view.
export function jumpToSection(editor: Editor, sectionId: string): boolean {
  const section = findSectionById(editor.state.doc, sectionId);
  const heading = section?.node.firstChild;
  if (!section || !heading) return false;
  selectAndReveal(editor, section.pos + 2 + heading.content.size);
  return true;
}

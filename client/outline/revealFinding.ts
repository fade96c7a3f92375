import type { Editor } from '@tiptap/core';
import type { Finding } from '../../shared/outline/Finding.ts';
import { findFindingTextblock } from './findFindingTextblock.ts';
import { jumpToSection } from './jumpToSection.ts';
import { selectAndReveal } from './selectAndReveal.ts';

// Selects the text a finding is about, or goes to its section when it has no text range.
export function revealFinding(editor: Editor, finding: Finding): boolean {
  const block = findFindingTextblock(editor.state.doc, finding);
  if (block) {
    const size = block.node.content.size;
    const start = Math.min(finding.range?.start ?? 0, size);
    const end = Math.min(finding.range?.end ?? start, size);
    selectAndReveal(editor, block.contentStart + start, block.contentStart + end);
    return true;
  }
  return finding.sectionId !== null && jumpToSection(editor, finding.sectionId);
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection, type Transaction } from '@tiptap/pm/state';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { findSectionAt } from './findCurrentSection.ts';

function isEmptySection(section: ProseMirrorNode): boolean {
  let empty = true;
  section.forEach((child) => {
    if (child.type.name === NODE.section || child.content.size > 0) empty = false;
  });
  return empty;
}

// Backspace at the start of a section heading never merges structure: an empty section is removed,
// otherwise the cursor just moves to the end of the text before the section.
export function backspaceAtHeadingStart(tr: Transaction): boolean {
  const { $from, empty } = tr.selection;
  if (!empty || $from.parent.type.name !== NODE.sectionHeading || $from.parentOffset > 0) {
    return false;
  }
  const section = findSectionAt($from);
  if (!section) return false;
  if (isEmptySection(section.node)) tr.delete(section.pos, section.end);
  const $target = tr.doc.resolve(Math.min(section.pos, tr.doc.content.size));
  const before = Selection.findFrom($target, -1, true);
  if (before) tr.setSelection(before);
  tr.scrollIntoView();
  return true;
}

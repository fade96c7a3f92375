import { Selection, type Transaction } from '@tiptap/pm/state';
import { findCurrentSection } from './findCurrentSection.ts';

export function deleteSection(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current) return false;
  tr.delete(current.pos, current.end);
  const $pos = tr.doc.resolve(Math.min(current.pos, tr.doc.content.size));
  tr.setSelection(Selection.findFrom($pos, -1, true) ?? Selection.near($pos, 1));
  tr.scrollIntoView();
  return true;
}

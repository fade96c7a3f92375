import type { Transaction } from '@tiptap/pm/state';
import { findCurrentSection, findSiblingSection } from './findCurrentSection.ts';
import { placeSelectionInMovedSection } from './placeSelectionInMovedSection.ts';

// Swaps the current section (with its subtree) with its previous (-1) or next (1) sibling section.
export function moveSection(tr: Transaction, direction: -1 | 1): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current) return false;
  const sibling = findSiblingSection(current, direction);
  if (!sibling) return false;
  const selection = tr.selection;
  const insertAt = direction === -1 ? sibling.pos : sibling.end - current.node.nodeSize;
  tr.delete(current.pos, current.end);
  tr.insert(insertAt, current.node);
  placeSelectionInMovedSection(tr, selection, current.pos, current.end, insertAt);
  return true;
}

import type { Transaction } from '@tiptap/pm/state';
import { MAX_SECTION_LEVEL } from '../../../shared/schema/nodeNames.ts';
import { findCurrentSection, findSiblingSection } from './findCurrentSection.ts';
import { placeSelectionInMovedSection } from './placeSelectionInMovedSection.ts';
import { deepestSectionLevel, shiftSectionLevels } from './shiftSectionLevels.ts';

// Makes the current section the last child of its previous sibling, one level down. Refused without
// a previous sibling section or when a section of its subtree would pass level 4.
export function demoteSection(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current) return false;
  const previous = findSiblingSection(current, -1);
  if (!previous || deepestSectionLevel(current.node) + 1 > MAX_SECTION_LEVEL) return false;
  const selection = tr.selection;
  const insertAt = previous.end - 1;
  tr.delete(current.pos, current.end);
  tr.insert(insertAt, shiftSectionLevels(current.node, 1));
  placeSelectionInMovedSection(tr, selection, current.pos, current.end, insertAt);
  return true;
}

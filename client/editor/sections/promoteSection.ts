import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { findCurrentSection } from './findCurrentSection.ts';
import { placeSelectionInMovedSection } from './placeSelectionInMovedSection.ts';
import { shiftSectionLevels } from './shiftSectionLevels.ts';

// Moves the current section out of its parent, right after it, one level up. The sections that
// followed it inside the parent become its last children so that reading order is unchanged.
export function promoteSection(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current || current.parentPos < 0) return false;
  const following: ProseMirrorNode[] = [];
  for (let index = current.index + 1; index < current.parent.childCount; index += 1) {
    following.push(current.parent.child(index));
  }
  const shifted = shiftSectionLevels(current.node, -1);
  const promoted = shifted.type.create(
    shifted.attrs,
    shifted.content.append(Fragment.fromArray(following)),
    shifted.marks,
  );
  const parentEnd = current.parentPos + current.parent.nodeSize;
  const selection = tr.selection;
  tr.delete(current.pos, parentEnd - 1);
  const insertAt = tr.mapping.map(parentEnd);
  tr.insert(insertAt, promoted);
  placeSelectionInMovedSection(tr, selection, current.pos, current.end, insertAt);
  return true;
}

import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { createSectionNode } from './createSectionNode.ts';
import { findCurrentSection } from './findCurrentSection.ts';

function firstTopLevelSectionPos(tr: Transaction): number {
  let found = tr.doc.content.size;
  tr.doc.forEach((child, offset) => {
    if (child.type.name === NODE.section && found === tr.doc.content.size) found = offset;
  });
  return found;
}

// Inserts an empty section of the same level right after the current one (after its subtree).
// Outside any section (title, lead) it inserts a level-1 section before the first one.
export function insertSiblingSection(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  const insertAt = current ? current.end : firstTopLevelSectionPos(tr);
  const node = createSectionNode(tr.doc.type.schema, current ? current.level : 1);
  tr.insert(insertAt, node);
  tr.setSelection(TextSelection.create(tr.doc, insertAt + 2));
  tr.scrollIntoView();
  return true;
}

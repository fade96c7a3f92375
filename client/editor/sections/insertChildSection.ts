import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { MAX_SECTION_LEVEL, toSectionLevel } from '../../../shared/schema/nodeNames.ts';
import { createSectionNode } from './createSectionNode.ts';
import { findCurrentSection } from './findCurrentSection.ts';

export function insertChildSection(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current || current.level >= MAX_SECTION_LEVEL) return false;
  const insertAt = current.end - 1;
  tr.insert(insertAt, createSectionNode(tr.doc.type.schema, toSectionLevel(current.level + 1)));
  tr.setSelection(TextSelection.create(tr.doc, insertAt + 2));
  tr.scrollIntoView();
  return true;
}

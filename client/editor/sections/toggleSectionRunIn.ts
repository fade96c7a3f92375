import type { Transaction } from '@tiptap/pm/state';
import { findCurrentSection } from './findCurrentSection.ts';

export function toggleSectionRunIn(tr: Transaction): boolean {
  const current = findCurrentSection(tr.selection);
  if (!current) return false;
  tr.setNodeAttribute(current.pos, 'runIn', current.node.attrs.runIn !== true);
  return true;
}

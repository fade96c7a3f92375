import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Finding, FindingFix } from '../../shared/outline/Finding.ts';
import { createSectionId } from '../../shared/schema/createSectionId.ts';
import { NODE, toSectionLevel } from '../../shared/schema/nodeNames.ts';
import { findFindingTextblock } from './findFindingTextblock.ts';
import { findSectionById } from './findSectionById.ts';
import { textOfTextblock } from './reportFromDoc.ts';

type Fix<K extends FindingFix['kind']> = Extract<FindingFix, { kind: K }>;

function replaceText(tr: Transaction, finding: Finding, fix: Fix<'replaceText'>): boolean {
  const range = finding.range;
  const block = range && findFindingTextblock(tr.doc, finding);
  if (!range || !block) return false;
  // Someone may have edited the text since the check: apply only to the text that was checked.
  if (textOfTextblock(block.node).slice(range.start, range.end) !== fix.original) return false;
  const from = block.contentStart + range.start;
  const to = block.contentStart + range.end;
  if (fix.replacement) tr.insertText(fix.replacement, from, to);
  else tr.delete(from, to);
  tr.setSelection(TextSelection.create(tr.doc, from + fix.replacement.length));
  return true;
}

// Where a section goes "after" a sibling, or before every section of the parent when null.
function sectionSlot(
  doc: ProseMirrorNode,
  parent: ProseMirrorNode,
  contentStart: number,
  afterSectionId: string | null,
): number | null {
  if (afterSectionId !== null) {
    const after = findSectionById(doc, afterSectionId);
    return after ? after.pos + after.node.nodeSize : null;
  }
  let slot = contentStart + parent.content.size;
  let found = false;
  parent.forEach((child, offset) => {
    if (!found && child.type.name === NODE.section) {
      slot = contentStart + offset;
      found = true;
    }
  });
  return slot;
}

function headingEnd(doc: ProseMirrorNode, sectionPos: number): number {
  const heading = doc.nodeAt(sectionPos + 1);
  return sectionPos + 2 + (heading?.content.size ?? 0);
}

function addSection(tr: Transaction, fix: Fix<'addSection'>): boolean {
  const slot = sectionSlot(tr.doc, tr.doc, 0, fix.afterSectionId);
  if (slot === null) return false;
  const { schema } = tr.doc.type;
  const heading = schema.nodes[NODE.sectionHeading]!.create(
    null,
    fix.title ? schema.text(fix.title) : null,
  );
  const section = schema.nodes[NODE.section]!.create(
    { id: createSectionId(), level: fix.level, runIn: false },
    heading,
  );
  tr.insert(slot, section);
  tr.setSelection(TextSelection.create(tr.doc, headingEnd(tr.doc, slot)));
  return true;
}

function moveSection(tr: Transaction, fix: Fix<'moveSection'>): boolean {
  const moving = findSectionById(tr.doc, fix.sectionId);
  if (!moving) return false;
  const $pos = tr.doc.resolve(moving.pos);
  const parentStart = $pos.depth === 0 ? 0 : $pos.start();
  const target = sectionSlot(tr.doc, $pos.parent, parentStart, fix.afterSectionId);
  if (target === null || (target > moving.pos && target < moving.pos + moving.node.nodeSize)) {
    return false;
  }
  tr.delete(moving.pos, moving.pos + moving.node.nodeSize);
  const insertAt = tr.mapping.map(target);
  tr.insert(insertAt, moving.node);
  tr.setSelection(TextSelection.create(tr.doc, headingEnd(tr.doc, insertAt)));
  return true;
}

function setSectionLevel(tr: Transaction, fix: Fix<'setSectionLevel'>): boolean {
  const target = findSectionById(tr.doc, fix.sectionId);
  if (!target) return false;
  const delta = fix.level - toSectionLevel(target.node.attrs.level);
  // The subtree moves with its section, so no new level skip opens below it.
  const shift = (node: ProseMirrorNode, pos: number) => {
    tr.setNodeAttribute(pos, 'level', toSectionLevel(toSectionLevel(node.attrs.level) + delta));
    node.forEach((child, offset) => {
      if (child.type.name === NODE.section) shift(child, pos + 1 + offset);
    });
  };
  shift(target.node, target.pos);
  tr.setSelection(TextSelection.create(tr.doc, headingEnd(tr.doc, target.pos)));
  return true;
}

/**
 * Applies a finding's one-click fix as one transaction (one undo step). False when the fix no
 * longer fits the document (the text or section changed since the check); nothing is changed then.
 */
export function applyFindingFix(editor: Editor, finding: Finding): boolean {
  const fix = finding.fix;
  if (!fix || editor.isDestroyed) return false;
  const tr = editor.state.tr;
  let applied: boolean;
  switch (fix.kind) {
    case 'replaceText':
      applied = replaceText(tr, finding, fix);
      break;
    case 'addSection':
      applied = addSection(tr, fix);
      break;
    case 'moveSection':
      applied = moveSection(tr, fix);
      break;
    case 'setSectionLevel':
      applied = setSectionLevel(tr, fix);
      break;
  }
  if (!applied) return false;
  editor.view.dispatch(tr.scrollIntoView());
  return true;
}

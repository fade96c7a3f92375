import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import { NodeSelection, type Selection } from '@tiptap/pm/state';
import { NODE, toSectionLevel, type SectionLevel } from '../../../shared/schema/nodeNames.ts';

export interface SectionPosition {
  node: ProseMirrorNode;
  pos: number;
  end: number;
  level: SectionLevel;
  parent: ProseMirrorNode;
  // Position right before the parent section, or -1 when the parent is the doc.
  parentPos: number;
  index: number;
}

function sectionFromParent(
  $pos: ResolvedPos,
  parentDepth: number,
  index: number,
): SectionPosition | null {
  const parent = $pos.node(parentDepth);
  if (index >= parent.childCount) return null;
  const node = parent.child(index);
  if (node.type.name !== NODE.section) return null;
  const contentStart = parentDepth === 0 ? 0 : $pos.start(parentDepth);
  let pos = contentStart;
  for (let i = 0; i < index; i += 1) pos += parent.child(i).nodeSize;
  return {
    node,
    pos,
    end: pos + node.nodeSize,
    level: toSectionLevel(node.attrs.level),
    parent,
    parentPos: parentDepth === 0 ? -1 : $pos.before(parentDepth),
    index,
  };
}

export function findSectionAt($pos: ResolvedPos): SectionPosition | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === NODE.section) {
      return sectionFromParent($pos, depth - 1, $pos.index(depth - 1));
    }
  }
  return null;
}

// The section the selection is in, or the selected section itself.
export function findCurrentSection(selection: Selection): SectionPosition | null {
  if (selection instanceof NodeSelection && selection.node.type.name === NODE.section) {
    const $from = selection.$from;
    return sectionFromParent($from, $from.depth, $from.index());
  }
  return findSectionAt(selection.$from);
}

export function findSiblingSection(
  section: SectionPosition,
  direction: -1 | 1,
): SectionPosition | null {
  const index = section.index + direction;
  if (index < 0 || index >= section.parent.childCount) return null;
  const node = section.parent.child(index);
  if (node.type.name !== NODE.section) return null;
  const pos = direction === -1 ? section.pos - node.nodeSize : section.end;
  return {
    node,
    pos,
    end: pos + node.nodeSize,
    level: toSectionLevel(node.attrs.level),
    parent: section.parent,
    parentPos: section.parentPos,
    index,
  };
}

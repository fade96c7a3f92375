import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NODE } from '../../shared/schema/nodeNames.ts';

export interface FoundSection {
  node: ProseMirrorNode;
  pos: number;
}

// Section ids are unique (UniqueSectionIds repairs copies), so the first match is the section.
export function findSectionById(doc: ProseMirrorNode, id: string): FoundSection | null {
  let found: FoundSection | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.type.name !== NODE.section) return false;
    if (node.attrs.id === id) {
      found = { node, pos };
      return false;
    }
    return true;
  });
  return found;
}

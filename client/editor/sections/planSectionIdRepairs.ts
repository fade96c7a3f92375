import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { createSectionId } from '../../../shared/schema/createSectionId.ts';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import { deriveSectionId } from './deriveSectionId.ts';

export interface SectionIdRepair {
  pos: number;
  id: string;
}

function forEachSection(doc: ProseMirrorNode, visit: (node: ProseMirrorNode, pos: number) => void) {
  doc.descendants((node, pos) => {
    if (node.type.name !== NODE.section) return node.type.name === doc.type.name;
    visit(node, pos);
    return true;
  });
}

// The new ids that make every section id unique: in document order the first holder of an id keeps
// it, later duplicates get an id derived from it, sections without one get a fresh id.
export function planSectionIdRepairs(doc: ProseMirrorNode): SectionIdRepair[] {
  const taken = new Set<string>();
  forEachSection(doc, (node) => {
    if (typeof node.attrs.id === 'string' && node.attrs.id) taken.add(node.attrs.id);
  });
  const kept = new Set<string>();
  const repairs: SectionIdRepair[] = [];
  forEachSection(doc, (node, pos) => {
    const id: unknown = node.attrs.id;
    if (typeof id === 'string' && id && !kept.has(id)) {
      kept.add(id);
      return;
    }
    let next = '';
    for (let attempt = 1; !next || taken.has(next); attempt += 1) {
      next = typeof id === 'string' && id ? deriveSectionId(id, attempt) : createSectionId();
    }
    taken.add(next);
    kept.add(next);
    repairs.push({ pos, id: next });
  });
  return repairs;
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { SectionHierarchy } from '../../shared/locks/SectionHierarchy.ts';
import { NODE } from '../../shared/schema/nodeNames.ts';

const cache = new WeakMap<ProseMirrorNode, SectionHierarchy>();

// The section tree of an editor document, for the shared lock rules; documents are immutable,
// so one walk per document is enough.
export function sectionHierarchyOf(doc: ProseMirrorNode): SectionHierarchy {
  const cached = cache.get(doc);
  if (cached) return cached;
  const parents = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const visit = (node: ProseMirrorNode, parent: string | null) => {
    node.forEach((child) => {
      if (child.type.name !== NODE.section) return;
      const id = String(child.attrs.id ?? '');
      parents.set(id, parent);
      children.set(id, []);
      if (parent !== null) children.get(parent)?.push(id);
      visit(child, id);
    });
  };
  visit(doc, null);
  const hierarchy: SectionHierarchy = {
    parentOf: (sectionId) => parents.get(sectionId) ?? null,
    childrenOf: (sectionId) => children.get(sectionId) ?? [],
    has: (sectionId) => parents.has(sectionId),
  };
  cache.set(doc, hierarchy);
  return hierarchy;
}

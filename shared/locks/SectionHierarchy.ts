import type { Section } from '../schema/Report.ts';

/** Parent links of every section of a report, so lock rules can walk up and down the tree. */
export interface SectionHierarchy {
  parentOf(sectionId: string): string | null;
  childrenOf(sectionId: string): readonly string[];
  has(sectionId: string): boolean;
}

/** Builds the hierarchy of a report's sections. */
export function indexSections(sections: readonly Section[]): SectionHierarchy {
  const parents = new Map<string, string | null>();
  const children = new Map<string, string[]>();
  const visit = (list: readonly Section[], parent: string | null) => {
    for (const section of list) {
      parents.set(section.id, parent);
      children.set(
        section.id,
        section.children.map((child) => child.id),
      );
      visit(section.children, section.id);
    }
  };
  visit(sections, null);
  return {
    parentOf: (sectionId) => parents.get(sectionId) ?? null,
    childrenOf: (sectionId) => children.get(sectionId) ?? [],
    has: (sectionId) => parents.has(sectionId),
  };
}

/** The section and all its ancestors, innermost first. */
export function ancestryOf(hierarchy: SectionHierarchy, sectionId: string): string[] {
  const chain: string[] = [];
  for (let id: string | null = sectionId; id !== null; id = hierarchy.parentOf(id)) {
    if (chain.includes(id)) break;
    chain.push(id);
  }
  return chain;
}

/** Every section below the given one. */
export function descendantsOf(hierarchy: SectionHierarchy, sectionId: string): string[] {
  const result: string[] = [];
  const stack = [...hierarchy.childrenOf(sectionId)];
  while (stack.length) {
    const id = stack.pop()!;
    result.push(id);
    stack.push(...hierarchy.childrenOf(id));
  }
  return result;
}

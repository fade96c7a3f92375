import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Finding } from '../../shared/outline/Finding.ts';
import { NODE } from '../../shared/schema/nodeNames.ts';
import { findSectionById } from './findSectionById.ts';

export interface FoundTextblock {
  node: ProseMirrorNode;
  // Document position of the textblock's first character: string offset 0 of its text.
  contentStart: number;
}

const LIST_NAMES: ReadonlySet<string> = new Set([NODE.bulletList, NODE.orderedList]);

// The paragraphs of a body in paragraphsOf order: list items included, child sections excluded.
function paragraphsIn(parent: ProseMirrorNode, contentStart: number): FoundTextblock[] {
  const found: FoundTextblock[] = [];
  const visit = (node: ProseMirrorNode, start: number) => {
    node.forEach((child, offset) => {
      const pos = start + offset;
      if (child.type.name === NODE.paragraph) found.push({ node: child, contentStart: pos + 1 });
      else if (LIST_NAMES.has(child.type.name) || child.type.name === NODE.listItem) {
        visit(child, pos + 1);
      }
    });
  };
  visit(parent, contentStart);
  return found;
}

/** The title, heading or paragraph a finding's `field` names, or null when it is gone. */
export function findFindingTextblock(
  doc: ProseMirrorNode,
  finding: Pick<Finding, 'sectionId' | 'field' | 'blockIndex'>,
): FoundTextblock | null {
  if (finding.field === 'title') {
    const title = doc.firstChild;
    return title?.type.name === NODE.title ? { node: title, contentStart: 1 } : null;
  }
  const section = finding.sectionId === null ? null : findSectionById(doc, finding.sectionId);
  if (finding.sectionId !== null && !section) return null;
  if (finding.field === 'heading') {
    const heading = section?.node.firstChild;
    if (!section || heading?.type.name !== NODE.sectionHeading) return null;
    return { node: heading, contentStart: section.pos + 2 };
  }
  if (finding.field === 'body') {
    const owner = section ? section.node : doc;
    const paragraphs = paragraphsIn(owner, section ? section.pos + 1 : 0);
    return paragraphs[finding.blockIndex ?? -1] ?? null;
  }
  return null;
}

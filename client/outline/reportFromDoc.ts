import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NODE, toSectionLevel } from '../../shared/schema/nodeNames.ts';
import type { Block, Report, Section } from '../../shared/schema/Report.ts';

// The same text readReportFromFragment reads: text, with a hard break as a newline.
export function textOfTextblock(node: ProseMirrorNode): string {
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text ?? '';
    else if (child.type.name === 'hardBreak') text += '\n';
  });
  return text;
}

function readBlock(node: ProseMirrorNode): Block | null {
  switch (node.type.name) {
    case NODE.paragraph:
      return { type: 'paragraph', text: textOfTextblock(node) };
    case NODE.bulletList:
    case NODE.orderedList: {
      const items: Block[][] = [];
      node.forEach((item) => items.push(readBlocks(item)));
      return { type: node.type.name, items };
    }
    default:
      return null;
  }
}

function readBlocks(parent: ProseMirrorNode): Block[] {
  const blocks: Block[] = [];
  parent.forEach((child) => {
    const block = readBlock(child);
    if (block) blocks.push(block);
  });
  return blocks;
}

function readSection(node: ProseMirrorNode): Section {
  const section: Section = {
    id: String(node.attrs.id ?? ''),
    level: toSectionLevel(node.attrs.level),
    runIn: node.attrs.runIn === true,
    heading: '',
    body: [],
    children: [],
  };
  node.forEach((child) => {
    if (child.type.name === NODE.sectionHeading) section.heading = textOfTextblock(child);
    else if (child.type.name === NODE.section) section.children.push(readSection(child));
    else {
      const block = readBlock(child);
      if (block) section.body.push(block);
    }
  });
  return section;
}

/**
 * The editor's document as the shared Report, read from the ProseMirror tree (which mirrors the
 * Y fragment), so the live check needs no walk over Yjs types.
 */
export function reportFromDoc(doc: ProseMirrorNode): Report {
  const report: Report = { title: '', lead: [], sections: [] };
  doc.forEach((child) => {
    if (child.type.name === NODE.title) report.title = textOfTextblock(child);
    else if (child.type.name === NODE.section) report.sections.push(readSection(child));
    else {
      const block = readBlock(child);
      if (block) report.lead.push(block);
    }
  });
  return report;
}

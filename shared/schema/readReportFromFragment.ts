import * as Y from 'yjs';
import { NODE, toSectionLevel } from './nodeNames.ts';
import { plainText } from './plainText.ts';
import type { Block, Report, Section } from './Report.ts';

function textOf(element: Y.XmlElement | Y.XmlText): string {
  if (element instanceof Y.XmlText) return plainText(element);
  let text = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) text += plainText(child);
    else if (child instanceof Y.XmlElement && child.nodeName === 'hardBreak') text += '\n';
  }
  return text;
}

function readBlock(element: Y.XmlElement): Block | null {
  switch (element.nodeName) {
    case NODE.paragraph:
      return { type: 'paragraph', text: textOf(element) };
    case NODE.bulletList:
    case NODE.orderedList:
      return {
        type: element.nodeName,
        items: element
          .toArray()
          .filter((item): item is Y.XmlElement => item instanceof Y.XmlElement)
          .map((item) => readBlocks(item.toArray())),
      };
    default:
      return null;
  }
}

function readBlocks(children: ReadonlyArray<Y.XmlElement | Y.XmlText | Y.XmlHook>): Block[] {
  const blocks: Block[] = [];
  for (const child of children) {
    if (!(child instanceof Y.XmlElement)) continue;
    const block = readBlock(child);
    if (block) blocks.push(block);
  }
  return blocks;
}

function readSection(element: Y.XmlElement): Section {
  const section: Section = {
    id: String(element.getAttribute('id') ?? ''),
    level: toSectionLevel(element.getAttribute('level')),
    runIn: (element.getAttribute('runIn') as unknown) === true,
    heading: '',
    body: [],
    children: [],
  };
  for (const child of element.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === NODE.sectionHeading) section.heading = textOf(child);
    else if (child.nodeName === NODE.section) section.children.push(readSection(child));
    else {
      const block = readBlock(child);
      if (block) section.body.push(block);
    }
  }
  return section;
}

/** Reads the report tree out of the Y.XmlFragment that the editor binds. */
export function readReportFromFragment(fragment: Y.XmlFragment): Report {
  const report: Report = { title: '', lead: [], sections: [] };
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName === NODE.title) report.title = textOf(child);
    else if (child.nodeName === NODE.section) report.sections.push(readSection(child));
    else {
      const block = readBlock(child);
      if (block) report.lead.push(block);
    }
  }
  return report;
}

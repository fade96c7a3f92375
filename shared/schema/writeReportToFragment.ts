import * as Y from 'yjs';
import { NODE } from './nodeNames.ts';
import type { Block, Report, Section } from './Report.ts';

function textElement(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (text) element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function blockElement(block: Block): Y.XmlElement {
  if (block.type === 'paragraph') return textElement(NODE.paragraph, block.text);
  const list = new Y.XmlElement(block.type);
  list.insert(
    0,
    block.items.map((item) => {
      const listItem = new Y.XmlElement(NODE.listItem);
      const blocks = item.length ? item : [{ type: 'paragraph', text: '' } as const];
      listItem.insert(0, blocks.map(blockElement));
      return listItem;
    }),
  );
  return list;
}

function sectionElement(section: Section): Y.XmlElement {
  const element = new Y.XmlElement(NODE.section);
  element.setAttribute('id', section.id);
  // y-prosemirror stores attributes with their JSON values; numbers and booleans stay typed.
  element.setAttribute('level', section.level as unknown as string);
  element.setAttribute('runIn', section.runIn as unknown as string);
  element.insert(0, [
    textElement(NODE.sectionHeading, section.heading),
    ...section.body.map(blockElement),
    ...section.children.map(sectionElement),
  ]);
  return element;
}

/** Replaces the fragment's content with the report, in the shape the editor's schema produces. */
export function writeReportToFragment(report: Report, fragment: Y.XmlFragment): void {
  const write = () => {
    if (fragment.length) fragment.delete(0, fragment.length);
    const lead = report.lead.length ? report.lead : [];
    fragment.insert(0, [
      textElement(NODE.title, report.title),
      ...lead.map(blockElement),
      ...report.sections.map(sectionElement),
    ]);
  };
  if (fragment.doc) fragment.doc.transact(write);
  else write();
}

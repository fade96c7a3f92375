import * as Y from 'yjs';
import { NODE } from '../../shared/schema/nodeNames.ts';

/** Every section element of the report fragment, in document order. */
export function sectionElements(fragment: Y.XmlFragment): Y.XmlElement[] {
  return [
    ...fragment.createTreeWalker(
      (node) => node instanceof Y.XmlElement && node.nodeName === NODE.section,
    ),
  ] as Y.XmlElement[];
}

/** The section element with this `id`; throws when there is none. */
export function findSection(fragment: Y.XmlFragment, id: string): Y.XmlElement {
  const found = sectionElements(fragment).find((element) => element.getAttribute('id') === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

/** The XmlText of the section's heading, or of its `index`-th body paragraph (0 = first). */
export function sectionText(section: Y.XmlElement, paragraph?: number): Y.XmlText {
  const children = section.toArray().filter((child) => child instanceof Y.XmlElement);
  const element =
    paragraph === undefined
      ? children.find((child) => child.nodeName === NODE.sectionHeading)
      : children.filter((child) => child.nodeName === NODE.paragraph)[paragraph];
  const text = element?.get(0);
  if (!(text instanceof Y.XmlText)) throw new Error('no text there');
  return text;
}

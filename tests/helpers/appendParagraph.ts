import * as Y from 'yjs';
import { NODE } from '../../shared/schema/nodeNames.ts';

/** Appends a paragraph holding `text` to the report fragment, as the editor would. */
export function appendParagraph(fragment: Y.XmlFragment, text: string): void {
  const paragraph = new Y.XmlElement(NODE.paragraph);
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.push([paragraph]);
}

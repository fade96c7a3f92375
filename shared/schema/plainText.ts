import type * as Y from 'yjs';

/** The characters of a text node, without its formatting or embedded objects. */
export function plainText(text: Y.XmlText): string {
  let result = '';
  for (const op of text.toDelta() as Array<{ insert?: unknown }>) {
    if (typeof op.insert === 'string') result += op.insert;
  }
  return result;
}

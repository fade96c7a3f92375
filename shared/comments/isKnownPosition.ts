import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../schema/nodeNames.ts';

function known(doc: Y.Doc, id: Y.ID | null): boolean {
  return id === null || Y.getState(doc.store, id.client) > id.clock;
}

/**
 * Whether a relative position names only the report's content and items this replica has.
 * Resolving any other would create a new root type in the document (`doc.get(tname)`) or
 * resolve against content the replica has not seen.
 */
export function isKnownPosition(doc: Y.Doc, position: Y.RelativePosition): boolean {
  if (position.tname !== null && position.tname !== CONTENT_FRAGMENT) return false;
  return known(doc, position.type) && known(doc, position.item);
}

/** Whether the node a resolved position lies in, and every node around it, is still there. */
export function isLivePosition(position: Y.AbsolutePosition): boolean {
  for (let item = position.type._item; item;) {
    if (item.deleted) return false;
    const parent: unknown = item.parent;
    item = parent instanceof Y.AbstractType ? parent._item : null;
  }
  return true;
}

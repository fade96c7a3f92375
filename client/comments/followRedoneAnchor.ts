import * as Y from 'yjs';
import {
  decodeAnchorPosition,
  encodeAnchorPosition,
} from '../../shared/comments/anchorPositions.ts';
import type { CommentAnchor } from '../../shared/comments/CommentThread.ts';

function follow(doc: Y.Doc, encoded: string, assoc: 0 | -1): string | null | undefined {
  const position = decodeAnchorPosition(encoded);
  if (!position) return undefined;
  const followed = Y.createAbsolutePositionFromRelativePosition(position, doc, true);
  const plain = Y.createAbsolutePositionFromRelativePosition(position, doc, false);
  if (!followed) return undefined;
  if (plain && plain.type === followed.type && plain.index === followed.index) return null;
  return encodeAnchorPosition(followed.type, followed.index, assoc);
}

/**
 * New positions for an anchor whose text this editor's undo or redo brought back. Yjs restores
 * undone text as new items and remembers the link only in the undoing replica's memory: there
 * the old positions still find the text, everywhere else they point at deleted items. Null when
 * the anchor does not depend on such a link.
 */
export function followRedoneAnchor(
  doc: Y.Doc,
  anchor: CommentAnchor,
): { start: string; end: string } | null {
  const start = follow(doc, anchor.start, 0);
  const end = follow(doc, anchor.end, -1);
  if (start === undefined || end === undefined || (start === null && end === null)) return null;
  return { start: start ?? anchor.start, end: end ?? anchor.end };
}

import * as Y from 'yjs';
import { decodeAnchorPosition } from './anchorPositions.ts';
import { isKnownPosition } from './isKnownPosition.ts';

/** A passage as character offsets into the report's text nodes read in order (no separators). */
export interface AnchorRange {
  start: number;
  end: number;
}

function textLengthOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment): number {
  if (node instanceof Y.XmlText) return node.length;
  if (node instanceof Y.XmlHook) return 0;
  let length = 0;
  for (const child of node.toArray()) length += textLengthOf(child);
  return length;
}

/**
 * The text offset of an absolute Yjs position inside `fragment`, or null when its node is not
 * (or no longer) part of the fragment.
 */
export function textOffsetOf(fragment: Y.XmlFragment, position: Y.AbsolutePosition): number | null {
  let offset = 0;
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment): boolean => {
    if (node === position.type) {
      if (node instanceof Y.XmlText) offset += Math.min(position.index, node.length);
      else if (!(node instanceof Y.XmlHook)) {
        for (const child of node.slice(0, position.index)) offset += textLengthOf(child);
      }
      return true;
    }
    if (node instanceof Y.XmlText) {
      offset += node.length;
      return false;
    }
    if (node instanceof Y.XmlHook) return false;
    return node.toArray().some(visit);
  };
  return visit(fragment) ? offset : null;
}

function resolve(doc: Y.Doc, fragment: Y.XmlFragment, encoded: string): number | null {
  const relative = decodeAnchorPosition(encoded);
  if (!relative || !isKnownPosition(doc, relative)) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  return absolute ? textOffsetOf(fragment, absolute) : null;
}

/**
 * Where an anchor's passage is now, in text offsets; null when it is detached: its text was
 * deleted, or its positions are not (yet) known to this replica.
 */
export function resolveAnchorRange(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  anchor: { start: string; end: string },
): AnchorRange | null {
  const start = resolve(doc, fragment, anchor.start);
  const end = resolve(doc, fragment, anchor.end);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

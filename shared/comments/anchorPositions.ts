import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/**
 * Encodes the position before character `index` of `type` for an anchor. A start position
 * (`assoc` 0) sticks to the character after it and an end position (`assoc` -1) to the one
 * before it, so text typed right at either edge of the passage stays outside it.
 */
export function encodeAnchorPosition(
  type: Parameters<typeof Y.createRelativePositionFromTypeIndex>[0],
  index: number,
  assoc: 0 | -1,
): string {
  return toBase64(
    Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, index, assoc)),
  );
}

/** Decodes an encoded anchor position; null when the bytes are not one. */
export function decodeAnchorPosition(encoded: string): Y.RelativePosition | null {
  try {
    const position = Y.decodeRelativePosition(fromBase64(encoded));
    return position.type !== null || position.tname !== null || position.item !== null
      ? position
      : null;
  } catch {
    return null;
  }
}

/** Re-encodes a relative position (e.g. one y-prosemirror made) with the anchor's association. */
export function reencodeAnchorPosition(
  doc: Y.Doc,
  position: Y.RelativePosition,
  assoc: 0 | -1,
): string | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute) return null;
  return encodeAnchorPosition(absolute.type, absolute.index, assoc);
}

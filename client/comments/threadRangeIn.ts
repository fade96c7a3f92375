import type { EditorState } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { decodeAnchorPosition } from '../../shared/comments/anchorPositions.ts';
import { isKnownPosition, isLivePosition } from '../../shared/comments/isKnownPosition.ts';
import type { CommentAnchor } from '../../shared/comments/CommentThread.ts';
import type { YBinding } from './yBindingOf.ts';

export interface ThreadRange {
  from: number;
  to: number;
}

const decoded = new Map<string, ReturnType<typeof decodeAnchorPosition>>();

function decode(encoded: string) {
  let position = decoded.get(encoded);
  if (position === undefined) {
    position = decodeAnchorPosition(encoded);
    decoded.set(encoded, position);
  }
  return position;
}

// Where an anchor's passage is in the editor now; null when its text is gone (detached).
export function threadRangeIn(
  state: EditorState,
  binding: YBinding,
  anchor: CommentAnchor,
): ThreadRange | null {
  const start = decode(anchor.start);
  const end = decode(anchor.end);
  if (!start || !end) return null;
  const { doc, type, mapping } = binding;
  // y-prosemirror places a position inside a deleted paragraph where the paragraph was; the
  // shared rule (and every other replica) calls such a passage detached.
  for (const position of [start, end]) {
    if (!isKnownPosition(doc, position)) return null;
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    if (!absolute || !isLivePosition(absolute)) return null;
  }
  const from = relativePositionToAbsolutePosition(doc, type, start, mapping);
  const to = relativePositionToAbsolutePosition(doc, type, end, mapping);
  if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
  return { from, to };
}

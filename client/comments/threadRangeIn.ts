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

// y-tiptap refuses every text position that resolves to the document's first character (it
// takes them for positions misplaced by a block drag), so a passage at the very start of the
// title would read as detached here and attached everywhere else.
function isDocumentStart(fragment: Y.XmlFragment, position: Y.AbsolutePosition): boolean {
  if (!(position.type instanceof Y.XmlText) || position.index !== 0) return false;
  const block = position.type.parent;
  return (
    block instanceof Y.XmlElement &&
    block.parent === fragment &&
    fragment.get(0) === block &&
    block.get(0) === position.type
  );
}

function editorPosition(binding: YBinding, position: Y.RelativePosition): number | null {
  const { doc, type, mapping } = binding;
  const resolved = relativePositionToAbsolutePosition(doc, type, position, mapping);
  if (resolved !== null) return resolved;
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  return absolute && isDocumentStart(type, absolute) ? 1 : null;
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
  const { doc } = binding;
  // y-prosemirror places a position inside a deleted paragraph where the paragraph was; the
  // shared rule (and every other replica) calls such a passage detached.
  for (const position of [start, end]) {
    if (!isKnownPosition(doc, position)) return null;
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    if (!absolute || !isLivePosition(absolute)) return null;
  }
  const from = editorPosition(binding, start);
  const to = editorPosition(binding, end);
  if (from === null || to === null || to <= from || to > state.doc.content.size) return null;
  return { from, to };
}

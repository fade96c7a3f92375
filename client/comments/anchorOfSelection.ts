import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition } from '@tiptap/y-tiptap';
import { reencodeAnchorPosition } from '../../shared/comments/anchorPositions.ts';
import { yBindingOf } from './yBindingOf.ts';

// The selected passage as a thread anchor's two positions; null for an empty selection.
export function anchorOfSelection(state: EditorState): { start: string; end: string } | null {
  const { from, to, empty } = state.selection;
  if (empty || state.doc.textBetween(from, to, '\n').trim() === '') return null;
  const binding = yBindingOf(state);
  if (!binding) return null;
  const { doc, type, mapping } = binding;
  const start = reencodeAnchorPosition(
    doc,
    absolutePositionToRelativePosition(from, type, mapping),
    0,
  );
  const end = reencodeAnchorPosition(
    doc,
    absolutePositionToRelativePosition(to, type, mapping),
    -1,
  );
  return start && end ? { start, end } : null;
}

import { NodeSelection, TextSelection, type Selection, type Transaction } from '@tiptap/pm/state';

// Puts the selection back where it was inside a section that the transaction re-inserted at another
// position; a selection reaching outside the old section lands at the start of its heading.
export function placeSelectionInMovedSection(
  tr: Transaction,
  previous: Selection,
  oldFrom: number,
  oldEnd: number,
  newFrom: number,
): void {
  const shift = newFrom - oldFrom;
  const inside = (pos: number) => pos > oldFrom && pos < oldEnd;
  if (previous instanceof NodeSelection && previous.from >= oldFrom && previous.to <= oldEnd) {
    tr.setSelection(NodeSelection.create(tr.doc, previous.from + shift));
  } else if (
    previous instanceof TextSelection &&
    inside(previous.anchor) &&
    inside(previous.head)
  ) {
    tr.setSelection(TextSelection.create(tr.doc, previous.anchor + shift, previous.head + shift));
  } else {
    tr.setSelection(TextSelection.create(tr.doc, newFrom + 2));
  }
  tr.scrollIntoView();
}

import type { TextSegment } from './ReportComparison.ts';

interface Edit {
  deleted: string;
  inserted: string;
}

/** An equality is a kept string; an edit is a deletion followed by an insertion. */
type Piece = string | Edit;

function codePoints(text: string): number {
  return Array.from(text).length;
}

function editSize(edit: Edit): number {
  return Math.max(codePoints(edit.deleted), codePoints(edit.inserted));
}

function toPieces(segments: readonly TextSegment[]): Piece[] {
  const pieces: Piece[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = pieces.at(-1);
    if (segment.op === 'equal') {
      if (typeof last === 'string') pieces[pieces.length - 1] = last + segment.text;
      else pieces.push(segment.text);
      continue;
    }
    const edit: Edit = typeof last === 'object' ? last : { deleted: '', inserted: '' };
    if (edit !== last) pieces.push(edit);
    if (segment.op === 'delete') edit.deleted += segment.text;
    else edit.inserted += segment.text;
  }
  return pieces;
}

function toSegments(pieces: readonly Piece[]): TextSegment[] {
  return pieces.flatMap((piece): TextSegment[] => {
    if (typeof piece === 'string') return [{ op: 'equal', text: piece }];
    const segments: TextSegment[] = [];
    if (piece.deleted) segments.push({ op: 'delete', text: piece.deleted });
    if (piece.inserted) segments.push({ op: 'insert', text: piece.inserted });
    return segments;
  });
}

/**
 * Folds a kept run into the edits around it when it is no longer than either of them (the
 * semantic clean-up of diff-match-patch), so a rewritten sentence reads as one replacement
 * rather than alternating single characters. Also merges adjacent runs of the same kind and
 * puts each deletion before its insertion.
 */
export function mergeShortEqualities(segments: readonly TextSegment[]): TextSegment[] {
  const pieces = toPieces(segments);
  let index = 1;
  while (index < pieces.length - 1) {
    const equal = pieces[index]!;
    const left = pieces[index - 1]!;
    const right = pieces[index + 1]!;
    const short =
      typeof equal === 'string' &&
      typeof left === 'object' &&
      typeof right === 'object' &&
      codePoints(equal) <= editSize(left) &&
      codePoints(equal) <= editSize(right);
    if (short) {
      pieces.splice(index - 1, 3, {
        deleted: left.deleted + equal + right.deleted,
        inserted: left.inserted + equal + right.inserted,
      });
      index = Math.max(1, index - 2);
    } else {
      index += 1;
    }
  }
  return toSegments(pieces);
}

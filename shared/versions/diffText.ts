import { diffChars } from 'diff';
import type { TextDiff, TextRange, TextSegment } from './ReportComparison.ts';
import { mergeShortEqualities } from './mergeShortEqualities.ts';

/** Beyond this many edited characters a text counts as rewritten: kept ends, replaced middle. */
const MAX_EDIT_LENGTH = 2000;

function commonPrefixLength(before: string[], after: string[]): number {
  let length = 0;
  while (length < before.length && length < after.length && before[length] === after[length]) {
    length += 1;
  }
  return length;
}

function rewrite(before: string, after: string): TextSegment[] {
  const beforePoints = Array.from(before);
  const afterPoints = Array.from(after);
  const prefix = commonPrefixLength(beforePoints, afterPoints);
  const suffix = commonPrefixLength(
    beforePoints.slice(prefix).reverse(),
    afterPoints.slice(prefix).reverse(),
  );
  return [
    { op: 'equal', text: beforePoints.slice(0, prefix).join('') },
    { op: 'delete', text: beforePoints.slice(prefix, beforePoints.length - suffix).join('') },
    { op: 'insert', text: afterPoints.slice(prefix, afterPoints.length - suffix).join('') },
    { op: 'equal', text: beforePoints.slice(beforePoints.length - suffix).join('') },
  ];
}

/**
 * Character diff of two texts, exact (no whitespace or case folding) and by code point, so a
 * surrogate pair is never split. Ranges are UTF-16 indices, half-open.
 */
export function diffText(before: string, after: string): TextDiff {
  const changes = diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  const raw: TextSegment[] = changes
    ? changes.map((change) => ({
        op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
        text: change.value,
      }))
    : rewrite(before, after);
  const segments = mergeShortEqualities(raw);
  const inserted: TextRange[] = [];
  const deleted: TextRange[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const { op, text } of segments) {
    if (op !== 'insert') {
      if (op === 'delete')
        deleted.push({ start: beforeIndex, end: beforeIndex + text.length, text });
      beforeIndex += text.length;
    }
    if (op !== 'delete') {
      if (op === 'insert')
        inserted.push({ start: afterIndex, end: afterIndex + text.length, text });
      afterIndex += text.length;
    }
  }
  return { segments, inserted, deleted };
}

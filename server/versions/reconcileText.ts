import { diffChars } from 'diff';
import type * as Y from 'yjs';

/** Beyond this many edited characters the diff gives up: kept ends, replaced middle. */
const MAX_EDIT_LENGTH = 2000;

interface Change {
  value: string;
  added?: boolean;
  removed?: boolean;
}

type DeltaOp = { insert?: unknown; attributes?: Record<string, unknown> };

/** The text's characters when it is one run without formatting or embeds, else null. */
function plainRun(text: Y.XmlText): string | null {
  let result = '';
  for (const op of text.toDelta() as DeltaOp[]) {
    if (typeof op.insert !== 'string') return null;
    if (op.attributes && Object.keys(op.attributes).length > 0) return null;
    result += op.insert;
  }
  return result;
}

function commonPrefix(left: string[], right: string[]): number {
  let length = 0;
  while (length < left.length && length < right.length && left[length] === right[length]) length++;
  return length;
}

// By code points, so that the kept ends never split a surrogate pair.
function keptEnds(before: string, after: string): Change[] {
  const left = Array.from(before);
  const right = Array.from(after);
  const prefix = commonPrefix(left, right);
  const suffix = commonPrefix(left.slice(prefix).reverse(), right.slice(prefix).reverse());
  return [
    { value: left.slice(0, prefix).join('') },
    { value: left.slice(prefix, left.length - suffix).join(''), removed: true },
    { value: right.slice(prefix, right.length - suffix).join(''), added: true },
    { value: left.slice(left.length - suffix).join('') },
  ];
}

/**
 * Whether `live` can be made to read as `wanted` in place by `reconcileText`: both plain
 * unformatted text. Formatted text is replaced whole instead.
 */
export function canReconcileText(live: Y.XmlText, wanted: Y.XmlText): boolean {
  return plainRun(live) !== null && plainRun(wanted) !== null;
}

/**
 * Edits `live` into `wanted`'s characters with a character diff: the characters both share keep
 * their Yjs items, so comment anchors on them and concurrent typing next to them survive. Only
 * for texts `canReconcileText` accepts.
 */
export function reconcileText(live: Y.XmlText, wanted: Y.XmlText): void {
  const before = plainRun(live) ?? '';
  const after = plainRun(wanted) ?? '';
  if (before === after) return;
  const changes: Change[] =
    diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH }) ?? keptEnds(before, after);
  let index = 0;
  for (const change of changes) {
    // Lengths in UTF-16 units, as Y.Text counts.
    const length = change.value.length;
    if (length === 0) continue;
    if (change.removed) {
      live.delete(index, length);
    } else if (change.added) {
      live.insert(index, change.value);
      index += length;
    } else {
      index += length;
    }
  }
}

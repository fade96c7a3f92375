import * as Y from 'yjs';
import { NODE } from '../../shared/schema/nodeNames.ts';
import { canReconcileText, reconcileText } from './reconcileText.ts';

type Parent = Y.XmlFragment | Y.XmlElement;
type Child = Y.XmlElement | Y.XmlText | Y.XmlHook;

/** Index pairs of a longest common subsequence of two key lists, in order. */
function commonPairs(left: readonly string[], right: readonly string[]): Array<[number, number]> {
  const lengths = Array.from({ length: left.length + 1 }, () =>
    new Array<number>(right.length + 1).fill(0),
  );
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = right.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        left[i] === right[j]
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < left.length && j < right.length;) {
    if (left[i] === right[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Whether `live` can be turned into `wanted` in place: texts that are plain on both sides, and
 * elements of the same name (sections only with the same id, which is what locks and the
 * outline know them by).
 */
function isCounterpart(live: Child, wanted: Child): boolean {
  if (live instanceof Y.XmlText && wanted instanceof Y.XmlText) {
    return canReconcileText(live, wanted);
  }
  if (!(live instanceof Y.XmlElement) || !(wanted instanceof Y.XmlElement)) return false;
  if (live.nodeName !== wanted.nodeName) return false;
  return live.nodeName !== NODE.section || live.getAttribute('id') === wanted.getAttribute('id');
}

// Hooks are not part of the editor's schema, so a report never holds one.
function copyOf(node: Child): Y.XmlElement | Y.XmlText {
  if (node instanceof Y.XmlHook) throw new Error('A report holds no Y.XmlHook');
  return node.clone();
}

function syncAttributes(live: Y.XmlElement, wanted: Y.XmlElement): void {
  const have = live.getAttributes();
  const want = wanted.getAttributes();
  for (const [key, value] of Object.entries(want)) {
    if (value !== undefined && have[key] !== value) live.setAttribute(key, value);
  }
  for (const key of Object.keys(have)) if (!(key in want)) live.removeAttribute(key);
}

function reconcilePair(live: Child, wanted: Child): void {
  if (live instanceof Y.XmlText && wanted instanceof Y.XmlText) {
    reconcileText(live, wanted);
  } else if (live instanceof Y.XmlElement && wanted instanceof Y.XmlElement) {
    syncAttributes(live, wanted);
    reconcileChildren(live, wanted);
  }
}

/**
 * Changes `live`'s children, in place and as little as it can, until they serialize exactly
 * as `wanted`'s: children that are already identical keep their Yjs items; a section present
 * on both sides with the same id, or another element of the same name where one was changed
 * (a paragraph, a heading), is reconciled inside, down to a character diff of its text, so
 * untouched characters keep their items too; only the rest is replaced by copies. Run it
 * inside a transaction of `live`'s document.
 */
export function reconcileChildren(live: Parent, wanted: Parent): void {
  const liveChildren = live.toArray();
  const wantedChildren = wanted.toArray();
  const pairs = commonPairs(
    liveChildren.map((child) => child.toString()),
    wantedChildren.map((child) => child.toString()),
  );
  const bounds: Array<[number, number]> = [
    [-1, -1],
    ...pairs,
    [liveChildren.length, wantedChildren.length],
  ];
  // From the end, so that the indices of the gaps still to do stay valid.
  for (let index = bounds.length - 1; index > 0; index--) {
    const [liveEnd, wantedEnd] = bounds[index]!;
    const [liveBefore, wantedBefore] = bounds[index - 1]!;
    const oldNodes = liveChildren.slice(liveBefore + 1, liveEnd);
    const newNodes = wantedChildren.slice(wantedBefore + 1, wantedEnd);
    const shortest = Math.min(oldNodes.length, newNodes.length);
    let head = 0;
    while (head < shortest && isCounterpart(oldNodes[head]!, newNodes[head]!)) head++;
    let tail = 0;
    while (
      tail < shortest - head &&
      isCounterpart(oldNodes[oldNodes.length - 1 - tail]!, newNodes[newNodes.length - 1 - tail]!)
    ) {
      tail++;
    }
    const start = liveBefore + 1 + head;
    const removed = oldNodes.length - head - tail;
    const inserted = newNodes.slice(head, newNodes.length - tail).map(copyOf);
    if (removed > 0) live.delete(start, removed);
    if (inserted.length > 0) live.insert(start, inserted);
    const kept = [
      ...oldNodes.slice(0, head).map((node, at) => [node, newNodes[at]!] as const),
      ...oldNodes
        .slice(oldNodes.length - tail)
        .map((node, at) => [node, newNodes[newNodes.length - tail + at]!] as const),
    ];
    for (const [node, target] of kept) reconcilePair(node, target);
  }
}

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import {
  AddMarkStep,
  AddNodeMarkStep,
  AttrStep,
  RemoveMarkStep,
  RemoveNodeMarkStep,
  ReplaceAroundStep,
  ReplaceStep,
  type Step,
} from '@tiptap/pm/transform';
import { NODE } from '../../shared/schema/nodeNames.ts';

interface Range {
  from: number;
  to: number;
}

// The document range a step changes, in the document it applies to.
function rangesOf(step: Step, doc: ProseMirrorNode): Range[] {
  if (
    step instanceof ReplaceStep ||
    step instanceof ReplaceAroundStep ||
    step instanceof AddMarkStep ||
    step instanceof RemoveMarkStep
  ) {
    return [{ from: step.from, to: step.to }];
  }
  if (
    step instanceof AttrStep ||
    step instanceof AddNodeMarkStep ||
    step instanceof RemoveNodeMarkStep
  ) {
    const node = doc.nodeAt(step.pos);
    return [{ from: step.pos, to: step.pos + (node?.nodeSize ?? 0) }];
  }
  const ranges: Range[] = [];
  step.getMap().forEach((from, to) => ranges.push({ from, to }));
  return ranges;
}

function addSectionsAround(doc: ProseMirrorNode, pos: number, into: Set<string>): void {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === NODE.section) into.add(String(node.attrs.id ?? ''));
  }
}

const ROOT = '';
const orderCache = new WeakMap<ProseMirrorNode, Map<string, string[]>>();

// The ids of each section's child sections (ROOT: the top-level ones), in document order.
function childOrderOf(doc: ProseMirrorNode): Map<string, string[]> {
  const cached = orderCache.get(doc);
  if (cached) return cached;
  const order = new Map<string, string[]>();
  const visit = (node: ProseMirrorNode, id: string) => {
    const children: string[] = [];
    node.forEach((child) => {
      if (child.type.name !== NODE.section) return;
      const childId = String(child.attrs.id ?? '');
      children.push(childId);
      visit(child, childId);
    });
    order.set(id, children);
  };
  visit(doc, ROOT);
  orderCache.set(doc, order);
  return order;
}

// The collaboration binding turns a reordering of sibling sections into deleting and re-creating
// the sections between the first and the last place where the orders differ: all of them change.
function addReorderedSections(before: ProseMirrorNode, after: ProseMirrorNode, into: Set<string>) {
  const afterOrder = childOrderOf(after);
  for (const [parent, was] of childOrderOf(before)) {
    const now = afterOrder.get(parent);
    if (!now) continue;
    let start = 0;
    while (start < was.length && start < now.length && was[start] === now[start]) start += 1;
    let endWas = was.length;
    let endNow = now.length;
    while (endWas > start && endNow > start && was[endWas - 1] === now[endNow - 1]) {
      endWas -= 1;
      endNow -= 1;
    }
    for (const id of was.slice(start, endWas)) into.add(id);
  }
}

/**
 * Every section a transaction inserts into, changes, or deletes (with everything inside it),
 * by id, as the section tree was before each step. A merge across a section boundary touches
 * the sections on both sides; moving a section changes every sibling it passes.
 */
export function sectionsTouchedByTransaction(transaction: Transaction): Set<string> {
  const touched = new Set<string>();
  transaction.steps.forEach((step, index) => {
    const doc = transaction.docs[index] ?? transaction.before;
    for (const { from, to } of rangesOf(step, doc)) {
      addSectionsAround(doc, from, touched);
      addSectionsAround(doc, to, touched);
      if (to > from) {
        doc.nodesBetween(from, to, (node) => {
          if (node.type.name === NODE.section) touched.add(String(node.attrs.id ?? ''));
          return true;
        });
      }
    }
  });
  if (
    transaction.steps.some(
      (step) => step instanceof ReplaceStep || step instanceof ReplaceAroundStep,
    )
  ) {
    addReorderedSections(transaction.before, transaction.doc, touched);
  }
  return touched;
}

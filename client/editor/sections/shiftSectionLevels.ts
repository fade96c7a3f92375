import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NODE, toSectionLevel } from '../../../shared/schema/nodeNames.ts';

export function shiftSectionLevels(node: ProseMirrorNode, delta: number): ProseMirrorNode {
  if (node.type.name !== NODE.section) return node;
  const children: ProseMirrorNode[] = [];
  node.forEach((child) => children.push(shiftSectionLevels(child, delta)));
  return node.type.create(
    { ...node.attrs, level: toSectionLevel(toSectionLevel(node.attrs.level) + delta) },
    Fragment.fromArray(children),
    node.marks,
  );
}

export function deepestSectionLevel(node: ProseMirrorNode): number {
  let deepest: number = toSectionLevel(node.attrs.level);
  node.forEach((child) => {
    if (child.type.name === NODE.section) deepest = Math.max(deepest, deepestSectionLevel(child));
  });
  return deepest;
}

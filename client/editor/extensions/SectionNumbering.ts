import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NODE, toSectionLevel } from '../../../shared/schema/nodeNames.ts';
import { numberSiblings } from '../../../shared/schema/numberSections.ts';

export const sectionNumberingKey = new PluginKey<DecorationSet>('sectionNumbering');

function collectNumbers(
  parent: ProseMirrorNode,
  contentStart: number,
  decorations: Decoration[],
): void {
  const sections: Array<{ node: ProseMirrorNode; pos: number }> = [];
  parent.forEach((child, offset) => {
    if (child.type.name === NODE.section)
      sections.push({ node: child, pos: contentStart + offset });
  });
  const numbers = numberSiblings(
    sections.map(({ node }) => ({ level: toSectionLevel(node.attrs.level) })),
  );
  sections.forEach(({ node, pos }, index) => {
    const heading = node.firstChild;
    if (heading?.type.name === NODE.sectionHeading) {
      decorations.push(
        Decoration.node(pos + 1, pos + 1 + heading.nodeSize, { 'data-number': numbers[index]! }),
      );
    }
    collectNumbers(node, pos + 1, decorations);
  });
}

function numberDecorations(doc: ProseMirrorNode): DecorationSet {
  const decorations: Decoration[] = [];
  collectNumbers(doc, 0, decorations);
  return DecorationSet.create(doc, decorations);
}

// Shows each section's derived number (一、 （一） 1. （1）) as `data-number` on its heading.
export const SectionNumbering = Extension.create({
  name: 'sectionNumbering',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: sectionNumberingKey,
        state: {
          init: (_config, state) => numberDecorations(state.doc),
          apply: (tr, previous) => (tr.docChanged ? numberDecorations(tr.doc) : previous),
        },
        props: {
          decorations: (state) => sectionNumberingKey.getState(state),
        },
      }),
    ];
  },
});

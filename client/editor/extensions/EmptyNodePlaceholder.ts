import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { NODE } from '../../../shared/schema/nodeNames.ts';

export interface EmptyNodePlaceholderOptions {
  // Placeholder text for an empty title or section heading, read at render time.
  textFor: (nodeName: typeof NODE.title | typeof NODE.sectionHeading) => string;
}

export const EmptyNodePlaceholder = Extension.create<EmptyNodePlaceholderOptions>({
  name: 'emptyNodePlaceholder',

  addOptions() {
    return { textFor: () => '' };
  },

  addProseMirrorPlugins() {
    const { textFor } = this.options;
    return [
      new Plugin({
        key: new PluginKey('emptyNodePlaceholder'),
        props: {
          decorations: (state) => {
            const decorations: Decoration[] = [];
            state.doc.descendants((node, pos) => {
              const name = node.type.name;
              if (
                (name === NODE.title || name === NODE.sectionHeading) &&
                node.content.size === 0
              ) {
                decorations.push(
                  Decoration.node(pos, pos + node.nodeSize, {
                    class: 'is-empty',
                    'data-placeholder': textFor(name),
                  }),
                );
              }
              return name === 'doc' || name === NODE.section;
            });
            return DecorationSet.create(state.doc, decorations);
          },
        },
      }),
    ];
  },
});

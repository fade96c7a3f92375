import { Node } from '@tiptap/core';
import { NODE, toSectionLevel } from '../../../shared/schema/nodeNames.ts';

export const Section = Node.create({
  name: NODE.section,
  content: `${NODE.sectionHeading} block* ${NODE.section}*`,
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-section-id'),
        renderHTML: (attributes) => ({ 'data-section-id': attributes.id }),
      },
      level: {
        default: 1,
        parseHTML: (element) => toSectionLevel(element.getAttribute('data-level')),
        renderHTML: (attributes) => ({ 'data-level': attributes.level }),
      },
      runIn: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-run-in') === 'true',
        renderHTML: (attributes) => ({ 'data-run-in': attributes.runIn ? 'true' : 'false' }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'section[data-section-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', { ...HTMLAttributes, class: 'report-section' }, 0];
  },
});

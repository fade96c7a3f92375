import { Node } from '@tiptap/core';
import { NODE } from '../../../shared/schema/nodeNames.ts';

export const SectionHeading = Node.create({
  name: NODE.sectionHeading,
  content: 'inline*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: '[data-type="sectionHeading"]' }];
  },

  renderHTML() {
    return ['h2', { 'data-type': 'sectionHeading', class: 'section-heading' }, 0];
  },
});

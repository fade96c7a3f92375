import { Node } from '@tiptap/core';
import { NODE } from '../../../shared/schema/nodeNames.ts';

export const Title = Node.create({
  name: NODE.title,
  content: 'inline*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h1[data-type="title"]' }];
  },

  renderHTML() {
    return [
      'h1',
      { 'data-type': 'title', 'data-testid': 'report-title', class: 'report-title' },
      0,
    ];
  },
});

import { Node } from '@tiptap/core';

export const ReportDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'title block* section*',
});

import { canSplit } from '@tiptap/pm/transform';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { NODE } from '../../../shared/schema/nodeNames.ts';

// Enter in the title or a section heading: the text after the cursor moves into a new body
// paragraph right below, instead of a second title or heading.
export function splitIntoBodyParagraph(tr: Transaction): boolean {
  const { $from } = tr.selection;
  const name = $from.parent.type.name;
  if (name !== NODE.title && name !== NODE.sectionHeading) return false;
  if (!tr.selection.$to.sameParent($from)) return false;
  if (!tr.selection.empty) tr.deleteSelection();
  const pos = tr.selection.from;
  const paragraph = tr.doc.type.schema.nodes[NODE.paragraph]!;
  if (!canSplit(tr.doc, pos, 1, [{ type: paragraph }])) return false;
  tr.split(pos, 1, [{ type: paragraph }]);
  tr.setSelection(TextSelection.create(tr.doc, pos + 2));
  tr.scrollIntoView();
  return true;
}

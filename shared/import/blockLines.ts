import type { Block } from '../schema/Report.ts';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The lines a block reads as in plain text: a paragraph is one line; list items become
 * ①… (ordered) or · (bullet) lines, which import reads back as body text.
 */
export function blockLines(block: Block): string[] {
  if (block.type === 'paragraph') return block.text ? [block.text] : [];
  return block.items.flatMap((item, index) => {
    const marker = block.type === 'orderedList' ? (CIRCLED[index] ?? `(${index + 1})`) : '· ';
    const [first, ...rest] = item.flatMap(blockLines);
    return first === undefined ? [] : [marker + first, ...rest];
  });
}

import type { Block } from '../schema/Report.ts';

/**
 * The paragraph texts of a body (or of the lead) in document order, list items' paragraphs
 * included and child sections excluded: the sequence a finding's `blockIndex` counts in.
 */
export function paragraphsOf(blocks: readonly Block[]): string[] {
  const texts: string[] = [];
  const visit = (items: readonly Block[]): void => {
    for (const block of items) {
      if (block.type === 'paragraph') texts.push(block.text);
      else for (const item of block.items) visit(item);
    }
  };
  visit(blocks);
  return texts;
}

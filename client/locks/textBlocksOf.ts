import type { Block, Report, Section } from '../../shared/schema/Report.ts';

function addBlocks(blocks: readonly Block[], into: string[]): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') into.push(block.text);
    else for (const item of block.items) addBlocks(item, into);
  }
}

function addSections(sections: readonly Section[], into: string[]): void {
  for (const section of sections) {
    into.push(section.heading);
    addBlocks(section.body, into);
    addSections(section.children, into);
  }
}

// Every paragraph of a report as plain text, in reading order: title, lead, headings, bodies.
export function textBlocksOf(report: Report): string[] {
  const blocks = [report.title];
  addBlocks(report.lead, blocks);
  addSections(report.sections, blocks);
  return blocks;
}

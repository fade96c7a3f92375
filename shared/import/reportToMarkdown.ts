import { numberSiblings } from '../schema/numberSections.ts';
import type { Block, Report, Section } from '../schema/Report.ts';
import { runInHeading } from './runInHeading.ts';

function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, '\\$&')
    .replace(/^(#|[-+] |\d+[.)] )/, '\\$1')
    .replace(/\n/g, '  \n');
}

function blockMarkdown(block: Block, indent = ''): string[] {
  if (block.type === 'paragraph') return block.text ? [indent + escape(block.text)] : [];
  const items = block.items.map((item, index) => {
    const marker = block.type === 'orderedList' ? `${index + 1}. ` : '- ';
    const inner = indent + ' '.repeat(marker.length);
    const [first, ...rest] = item.flatMap((child) => blockMarkdown(child, inner));
    return [indent + marker + (first ?? '').trimStart(), ...rest].join('\n');
  });
  return [items.join('\n')];
}

function sectionMarkdown(section: Section, number: string): string[] {
  const runIn = runInHeading(section);
  const body = runIn ? runIn.rest : section.body;
  const head = runIn
    ? `**${escape(number + runIn.heading)}**${escape(runIn.text)}`
    : `${'#'.repeat(Math.min(section.level + 1, 6))} ${escape(number + section.heading)}`;
  const numbers = numberSiblings(section.children);
  return [
    head,
    ...body.flatMap((block) => blockMarkdown(block)),
    ...section.children.flatMap((child, index) => sectionMarkdown(child, numbers[index]!)),
  ];
}

/**
 * Writes a report as Markdown: `#` title, `##`… headings with derived numbers (level + 1 hashes),
 * run-in headings as a bold lead-in to their paragraph, text escaped so that ** or [ ] in the
 * report stay literal.
 */
export function reportToMarkdown(report: Report): string {
  const numbers = numberSiblings(report.sections);
  const blocks = [
    `# ${escape(report.title)}`,
    ...report.lead.flatMap((block) => blockMarkdown(block)),
    ...report.sections.flatMap((section, index) => sectionMarkdown(section, numbers[index]!)),
  ];
  return `${blocks.join('\n\n')}\n`;
}

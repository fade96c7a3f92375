import { blockLines } from '../../shared/import/blockLines.ts';
import { runInHeading } from '../../shared/import/runInHeading.ts';
import { numberSiblings } from '../../shared/schema/numberSections.ts';
import type { Block, Report, Section } from '../../shared/schema/Report.ts';
import { printStylesheet, type PrintOptions } from './printStylesheet.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function blockHtml(block: Block): string[] {
  return blockLines(block).map((line) => `<p>${escapeHtml(line)}</p>`);
}

function sectionHtml(section: Section, number: string): string[] {
  const level = `level-${section.level}`;
  const runIn = runInHeading(section);
  const body = runIn ? runIn.rest : section.body;
  let heading: string;
  if (runIn) {
    heading = `<p><span class="${level}">${escapeHtml(number + runIn.heading)}</span>${escapeHtml(runIn.text)}</p>`;
  } else {
    const tag = `h${section.level + 1}`;
    heading = `<${tag} class="heading ${level}">${escapeHtml(number + section.heading)}</${tag}>`;
  }
  const numbers = numberSiblings(section.children);
  return [
    heading,
    ...body.flatMap(blockHtml),
    ...section.children.flatMap((child, index) => sectionHtml(child, numbers[index]!)),
  ];
}

/**
 * The report as one self-contained HTML page in the GB/T 9704-2012 layout of the .docx export,
 * for printing or for Chromium's PDF: section numbers written out, run-in headings sharing a
 * line with their first paragraph, lists as ①…/· paragraphs. Page numbers are not part of the
 * page; `renderPdf` adds them.
 */
export function renderPrintHtml(report: Report, options: PrintOptions = {}): string {
  const numbers = numberSiblings(report.sections);
  const content = [
    `<h1 class="title">${escapeHtml(report.title)}</h1>`,
    ...report.lead.flatMap(blockHtml),
    ...report.sections.flatMap((section, index) => sectionHtml(section, numbers[index]!)),
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${printStylesheet(options)}</style>`,
    '</head>',
    '<body>',
    ...content,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

import { numberSiblings } from '../schema/numberSections.ts';
import type { Report, Section } from '../schema/Report.ts';
import { blockLines } from './blockLines.ts';
import { runInHeading } from './runInHeading.ts';

function sectionLines(section: Section, number: string): string[] {
  const runIn = runInHeading(section);
  const headingLine = runIn ? number + runIn.heading + runIn.text : number + section.heading;
  const body = runIn ? runIn.rest : section.body;
  const numbers = numberSiblings(section.children);
  return [
    headingLine,
    ...body.flatMap(blockLines),
    ...section.children.flatMap((child, index) => sectionLines(child, numbers[index]!)),
  ];
}

/**
 * Writes a report as plain text the way it is read: title, a blank line, lead, then each
 * heading with its derived number (一、 （一） 1. （1）), a run-in heading sharing its line with
 * the first body paragraph. Importing the result gives back the same structure. Lists have no
 * plain-text form that would survive import; their items become ①…/· paragraphs.
 */
export function reportToText(report: Report): string {
  const numbers = numberSiblings(report.sections);
  const lines = [
    report.title,
    '',
    ...report.lead.flatMap(blockLines),
    ...report.sections.flatMap((section, index) => sectionLines(section, numbers[index]!)),
  ];
  return `${lines.join('\n')}\n`;
}

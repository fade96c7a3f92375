import { formatSectionNumber } from '../schema/sectionNumber.ts';
import { createSectionId } from '../schema/createSectionId.ts';
import type { Block, Report, Section } from '../schema/Report.ts';
import type { Finding } from '../outline/Finding.ts';
import { RULE_ID } from '../outline/RuleId.ts';
import { readHeadingLine } from './readHeadingLine.ts';

/** An imported report and what the importer noticed on the way (typed numbers out of place). */
export interface ImportResult {
  report: Report;
  findings: Finding[];
}

const INVISIBLE = /[\u200b-\u200d\ufeff]/g;
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

function paragraph(text: string): Block {
  return { type: 'paragraph', text };
}

function numberingFinding(section: Section, typedNumber: string, expected: string): Finding {
  return {
    rule: RULE_ID.importNumbering,
    severity: 'warning',
    sectionId: section.id,
    field: 'heading',
    range: null,
    message: {
      zh: `原文编号“${typedNumber}”与其位置不符，按位置应为“${expected}”；请核对是否漏写、多写或编错了一部分`,
      en: `The typed number "${typedNumber}" does not fit its position, which is "${expected}"; check for a missing, extra or misnumbered part`,
    },
  };
}

/**
 * Builds a report from paragraphs of plain text (lines of a .txt, paragraphs extracted from a
 * .docx): the first non-empty one is the title unless it is numbered, those before the first
 * numbered heading are the lead, and typed numbers (一、 （一） 1. （1）) become sections nested
 * by level. The numbers themselves are dropped, since the tree derives them; one that does not
 * match its position is reported, never silently corrected.
 */
export function parseReportParagraphs(paragraphs: readonly string[]): ImportResult {
  const report: Report = { title: '', lead: [], sections: [] };
  const findings: Finding[] = [];
  const open: Section[] = [];
  const lines = paragraphs
    .map((text) => text.replace(INVISIBLE, '').replace(EDGE_SPACE, ''))
    .filter((text) => text.length > 0);
  lines.forEach((line, index) => {
    const heading = readHeadingLine(line);
    if (index === 0 && !heading) {
      report.title = line;
      return;
    }
    if (!heading) {
      const current = open.at(-1);
      (current ? current.body : report.lead).push(paragraph(line));
      return;
    }
    while (open.length && open.at(-1)!.level >= heading.level) open.pop();
    const siblings = open.at(-1)?.children ?? report.sections;
    const section: Section = {
      id: createSectionId(),
      level: heading.level,
      runIn: heading.body !== null,
      heading: heading.heading,
      body: heading.body !== null ? [paragraph(heading.body)] : [],
      children: [],
    };
    const ordinal = siblings.filter((sibling) => sibling.level === heading.level).length + 1;
    if (heading.typedOrdinal !== ordinal) {
      findings.push(
        numberingFinding(section, heading.typedNumber, formatSectionNumber(heading.level, ordinal)),
      );
    }
    siblings.push(section);
    open.push(section);
  });
  return { report, findings };
}

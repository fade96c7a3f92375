import { diffArrays } from 'diff';
import { forEachNumberedSection } from '../schema/numberSections.ts';
import type { Report, Section } from '../schema/Report.ts';
import { compareBlocks, type BlockOwner } from './compareBlocks.ts';
import { diffText } from './diffText.ts';
import type {
  ComparedBlock,
  ComparisonTotals,
  ReportComparison,
  SectionChange,
  SectionStatus,
  TextRange,
} from './ReportComparison.ts';

interface NumberedSection {
  section: Section;
  number: string;
}

interface Walk {
  before: Map<string, NumberedSection>;
  after: Map<string, NumberedSection>;
  blocks: ComparedBlock[];
  sections: SectionChange[];
}

function indexSections(report: Report): Map<string, NumberedSection> {
  const index = new Map<string, NumberedSection>();
  forEachNumberedSection(report.sections, (section, number) => {
    if (!index.has(section.id)) index.set(section.id, { section, number });
  });
  return index;
}

function codePoints(ranges: readonly TextRange[]): number {
  return ranges.reduce((sum, range) => sum + Array.from(range.text).length, 0);
}

function counts(blocks: readonly ComparedBlock[]) {
  return {
    insertedCharacters: blocks.reduce((sum, block) => sum + codePoints(block.inserted), 0),
    deletedCharacters: blocks.reduce((sum, block) => sum + codePoints(block.deleted), 0),
  };
}

function textBlock(
  kind: 'title' | 'heading',
  owner: BlockOwner,
  before: string | null,
  after: string | null,
): ComparedBlock {
  const diff = diffText(before ?? '', after ?? '');
  const change =
    before === null
      ? 'inserted'
      : after === null
        ? 'deleted'
        : before === after
          ? 'equal'
          : 'changed';
  return { kind, ...owner, marker: null, change, ...diff };
}

function compareSection(
  walk: Walk,
  before: Section | null,
  after: Section | null,
  moved: boolean,
): void {
  const section = after ?? before!;
  const previousNumber = before ? walk.before.get(before.id)!.number : null;
  const number = after ? walk.after.get(after.id)!.number : previousNumber;
  const owner: BlockOwner = { sectionId: section.id, level: section.level, number };
  const blocks = [
    textBlock('heading', owner, before?.heading ?? null, after?.heading ?? null),
    ...compareBlocks(before?.body ?? [], after?.body ?? [], owner),
  ];
  const status: SectionStatus | null = !before
    ? 'added'
    : !after
      ? 'removed'
      : moved
        ? 'moved'
        : before.level !== after.level || blocks.some((block) => block.change !== 'equal')
          ? 'changed'
          : null;
  walk.blocks.push(...blocks);
  if (status) {
    walk.sections.push({
      sectionId: section.id,
      heading: section.heading,
      number,
      previousNumber,
      level: section.level,
      previousLevel: before?.level ?? null,
      status,
      ...counts(blocks),
    });
  }
  compareChildren(walk, before?.children ?? [], after?.children ?? []);
}

// Siblings align by id in order; one out of that order, or under another parent, has moved.
function compareChildren(walk: Walk, before: readonly Section[], after: readonly Section[]): void {
  let beforeIndex = 0;
  let afterIndex = 0;
  const ids = (sections: readonly Section[]) => sections.map((section) => section.id);
  for (const change of diffArrays(ids(before), ids(after))) {
    const count = change.value.length;
    for (let offset = 0; offset < count; offset += 1) {
      if (change.removed) {
        const section = before[beforeIndex + offset]!;
        if (!walk.after.has(section.id)) compareSection(walk, section, null, false);
      } else if (change.added) {
        const section = after[afterIndex + offset]!;
        const old = walk.before.get(section.id);
        compareSection(walk, old?.section ?? null, section, old !== undefined);
      } else {
        compareSection(walk, before[beforeIndex + offset]!, after[afterIndex + offset]!, false);
      }
    }
    if (!change.added) beforeIndex += count;
    if (!change.removed) afterIndex += count;
  }
}

function totalsOf(sections: readonly SectionChange[]): ComparisonTotals {
  const tally = (status: SectionStatus) =>
    sections.filter((entry) => entry.sectionId !== null && entry.status === status).length;
  return {
    insertedCharacters: sections.reduce((sum, entry) => sum + entry.insertedCharacters, 0),
    deletedCharacters: sections.reduce((sum, entry) => sum + entry.deletedCharacters, 0),
    sectionsAdded: tally('added'),
    sectionsRemoved: tally('removed'),
    sectionsChanged: tally('changed'),
    sectionsMoved: tally('moved'),
  };
}

/**
 * Compares two reports: sections align by id, text by character. Gives every line of both in
 * reading order with its inline diff (removed sections where they stood, moved ones where they
 * now stand), a summary of the sections that differ, and totals. Section ids are assumed
 * unique, as the editor keeps them; the run-in layout of a section is not compared.
 */
export function compareReports(before: Report, after: Report): ReportComparison {
  const walk: Walk = {
    before: indexSections(before),
    after: indexSections(after),
    blocks: [],
    sections: [],
  };
  const front: BlockOwner = { sectionId: null, level: null, number: null };
  const frontBlocks = [
    textBlock('title', front, before.title, after.title),
    ...compareBlocks(before.lead, after.lead, front),
  ];
  walk.blocks.push(...frontBlocks);
  if (frontBlocks.some((block) => block.change !== 'equal')) {
    walk.sections.push({
      ...front,
      heading: after.title,
      previousNumber: null,
      previousLevel: null,
      status: 'changed',
      ...counts(frontBlocks),
    });
  }
  compareChildren(walk, before.sections, after.sections);
  return {
    identical: walk.sections.length === 0,
    blocks: walk.blocks,
    sections: walk.sections,
    totals: totalsOf(walk.sections),
  };
}

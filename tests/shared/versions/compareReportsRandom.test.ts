import * as prng from 'lib0/prng';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';
import type { Block, Report, Section } from '../../../shared/schema/Report.ts';
import { compareReports } from '../../../shared/versions/compareReports.ts';
import type { ComparedBlock, ReportComparison } from '../../../shared/versions/ReportComparison.ts';
import { randomlyEdited, randomReport } from '../../helpers/randomReport.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function sideText(block: ComparedBlock, side: 'before' | 'after'): string {
  const skipped = side === 'before' ? 'insert' : 'delete';
  return block.segments
    .filter((segment) => segment.op !== skipped)
    .map((segment) => segment.text)
    .join('');
}

interface Line {
  sectionId: string | null;
  kind: string;
  text: string;
}

function readingOrder(report: Report): Line[] {
  const body = (sectionId: string | null, blocks: Block[]): Line[] =>
    paragraphsOf(blocks).map((text) => ({ sectionId, kind: 'text', text }));
  const sections = (list: Section[]): Line[] =>
    list.flatMap((s) => [
      { sectionId: s.id, kind: 'heading', text: s.heading },
      ...body(s.id, s.body),
      ...sections(s.children),
    ]);
  return [
    { sectionId: null, kind: 'title', text: report.title },
    ...body(null, report.lead),
    ...sections(report.sections),
  ];
}

function linesOf(blocks: ComparedBlock[], side: 'before' | 'after'): Line[] {
  const absent = side === 'before' ? 'inserted' : 'deleted';
  return blocks
    .filter((block) => block.change !== absent)
    .map((block) => ({
      sectionId: block.sectionId,
      kind: block.kind === 'paragraph' || block.kind === 'listItem' ? 'text' : block.kind,
      text: sideText(block, side),
    }));
}

function expectConsistent(before: Report, after: Report, comparison: ReportComparison): void {
  for (const block of comparison.blocks) {
    const beforeText = sideText(block, 'before');
    const afterText = sideText(block, 'after');
    for (const range of block.inserted)
      expect(afterText.slice(range.start, range.end)).toBe(range.text);
    for (const range of block.deleted)
      expect(beforeText.slice(range.start, range.end)).toBe(range.text);
    const ops = block.segments.map((segment) => segment.op);
    expect(block.inserted.map((r) => r.text)).toEqual(
      block.segments.filter((s) => s.op === 'insert').map((s) => s.text),
    );
    expect(block.deleted.map((r) => r.text)).toEqual(
      block.segments.filter((s) => s.op === 'delete').map((s) => s.text),
    );
    expect(block.segments.some((s) => s.text === '' || LONE_SURROGATE.test(s.text))).toBe(false);
    if (block.change === 'inserted') expect(ops.every((op) => op === 'insert')).toBe(true);
    if (block.change === 'deleted') expect(ops.every((op) => op === 'delete')).toBe(true);
    if (block.change === 'equal') expect(ops.every((op) => op === 'equal')).toBe(true);
  }
  // The after side reads exactly as the after report; the before side, section by section.
  expect(linesOf(comparison.blocks, 'after')).toEqual(readingOrder(after));
  const bySection = (lines: Line[]) => {
    const groups = new Map<string | null, Line[]>();
    for (const line of lines)
      groups.set(line.sectionId, [...(groups.get(line.sectionId) ?? []), line]);
    return groups;
  };
  const beforeLines = bySection(readingOrder(before));
  const comparedBefore = bySection(linesOf(comparison.blocks, 'before'));
  expect(new Set(comparedBefore.keys())).toEqual(new Set(beforeLines.keys()));
  for (const [id, lines] of beforeLines) expect(comparedBefore.get(id)).toEqual(lines);
  const codePoints = (ranges: { text: string }[]) =>
    ranges.reduce((sum, range) => sum + Array.from(range.text).length, 0);
  for (const entry of comparison.sections) {
    const own = comparison.blocks.filter((b) => b.sectionId === entry.sectionId);
    expect(entry.insertedCharacters).toBe(own.reduce((n, b) => n + codePoints(b.inserted), 0));
    expect(entry.deletedCharacters).toBe(own.reduce((n, b) => n + codePoints(b.deleted), 0));
  }
  const listed = new Set(comparison.sections.map((entry) => entry.sectionId));
  for (const block of comparison.blocks) {
    if (block.change !== 'equal') expect(listed.has(block.sectionId)).toBe(true);
  }
}

describe('compareReports: random edits', () => {
  it.each(Array.from({ length: 300 }, (_, seed) => seed))('is consistent (seed %i)', (seed) => {
    const gen = prng.create(seed);
    const before = randomReport(gen);
    const after = randomlyEdited(gen, before);
    expectConsistent(before, after, compareReports(before, after));
    expectConsistent(after, before, compareReports(after, before));
    expect(compareReports(before, structuredClone(before)).identical).toBe(true);
  });

  it('reconstructs both sides of long, wholly rewritten paragraphs', () => {
    const gen = prng.create(7);
    const longText = () =>
      Array.from({ length: 3000 }, () => prng.oneOf(gen, [...'甲乙丙丁戊己庚辛壬癸👍'])).join('');
    const withLead = (text: string): Report => ({
      title: '报告',
      lead: [{ type: 'paragraph', text }],
      sections: [],
    });
    const before = withLead(`开头${longText()}结尾`);
    const after = withLead(`开头${longText()}结尾`);
    const comparison = compareReports(before, after);
    expectConsistent(before, after, comparison);
    const lead = comparison.blocks[1]!;
    expect(lead.change).toBe('changed');
    expect(lead.segments[0]).toEqual({ op: 'equal', text: '开头' });
    expect(lead.segments.at(-1)).toEqual({ op: 'equal', text: '结尾' });
  });
});

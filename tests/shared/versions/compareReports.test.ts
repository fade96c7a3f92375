import { describe, expect, it } from 'vitest';
import type { Block, Report, Section } from '../../../shared/schema/Report.ts';
import { compareReports } from '../../../shared/versions/compareReports.ts';
import type { ComparedBlock, ReportComparison } from '../../../shared/versions/ReportComparison.ts';

function section(id: string, heading: string, body: string[], children: Section[] = []): Section {
  const level = 1;
  return { id, level, runIn: false, heading, body: body.map(paragraph), children };
}

function paragraph(text: string): Block {
  return { type: 'paragraph', text };
}

function child(id: string, heading: string, body: string[]): Section {
  return { ...section(id, heading, body), level: 2 };
}

function baseReport(): Report {
  return {
    title: '2024年度工作总结',
    lead: [paragraph('今年以来，我局认真贯彻落实各项决策部署。')],
    sections: [
      section(
        'work',
        '主要工作',
        ['全年完成目标任务。', '推进乡村振兴工作。'],
        [
          child('reform', '深化改革', ['改革取得新进展。']),
          child('people', '改善民生', ['民生持续改善。']),
        ],
      ),
      section('problems', '存在问题', ['工作中还存在短板。']),
      section('plans', '下步打算', ['继续努力。']),
      section('safety', '安全生产', ['全年未发生事故。']),
    ],
  };
}

function edited(change: (report: Report) => void): Report {
  const report = baseReport();
  change(report);
  return report;
}

function find(report: Report, id: string): Section {
  const all = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...all(s.children)]);
  return all(report.sections).find((s) => s.id === id)!;
}

function setText(body: Block[], index: number, text: string): void {
  body[index] = paragraph(text);
}

function blocksOf(comparison: ReportComparison, sectionId: string | null): ComparedBlock[] {
  return comparison.blocks.filter((block) => block.sectionId === sectionId);
}

const diffOf = (block: ComparedBlock | undefined) => ({
  inserted: block?.inserted,
  deleted: block?.deleted,
});

describe('compareReports: known edits', () => {
  it('finds nothing between identical reports', () => {
    const comparison = compareReports(baseReport(), baseReport());
    expect(comparison.identical).toBe(true);
    expect(comparison.sections).toEqual([]);
    expect(comparison.totals).toEqual({
      insertedCharacters: 0,
      deletedCharacters: 0,
      sectionsAdded: 0,
      sectionsRemoved: 0,
      sectionsChanged: 0,
      sectionsMoved: 0,
    });
    expect(comparison.blocks.every((block) => block.change === 'equal')).toBe(true);
    expect(comparison.blocks.map((block) => block.number ?? block.kind)).toEqual([
      'title',
      'paragraph',
      '一、',
      '一、',
      '一、',
      '（一）',
      '（一）',
      '（二）',
      '（二）',
      '二、',
      '二、',
      '三、',
      '三、',
      '四、',
      '四、',
    ]);
  });

  it('gives the range of text inserted in the middle of a paragraph', () => {
    const after = edited((r) => setText(r.sections[0]!.body, 0, '全年超额完成目标任务。'));
    const comparison = compareReports(baseReport(), after);
    const block = blocksOf(comparison, 'work')[1];
    expect(block?.change).toBe('changed');
    expect(diffOf(block)).toEqual({ inserted: [{ start: 2, end: 4, text: '超额' }], deleted: [] });
    expect(block?.segments).toEqual([
      { op: 'equal', text: '全年' },
      { op: 'insert', text: '超额' },
      { op: 'equal', text: '完成目标任务。' },
    ]);
    expect(comparison.sections).toEqual([
      {
        sectionId: 'work',
        heading: '主要工作',
        number: '一、',
        previousNumber: '一、',
        level: 1,
        previousLevel: 1,
        status: 'changed',
        insertedCharacters: 2,
        deletedCharacters: 0,
      },
    ]);
  });

  it('gives the range of deleted text in before-text coordinates', () => {
    const after = edited((r) => setText(find(r, 'reform').body, 0, '改革取得进展。'));
    const comparison = compareReports(baseReport(), after);
    expect(diffOf(blocksOf(comparison, 'reform')[1])).toEqual({
      inserted: [],
      deleted: [{ start: 4, end: 5, text: '新' }],
    });
    expect(comparison.sections.map((s) => [s.sectionId, s.number, s.status])).toEqual([
      ['reform', '（一）', 'changed'],
    ]);
    expect(comparison.totals.deletedCharacters).toBe(1);
  });

  it('shows a rewritten phrase as one replacement, not scattered characters', () => {
    const after = edited((r) => setText(r.sections[0]!.body, 1, '推进城乡融合工作。'));
    const block = blocksOf(compareReports(baseReport(), after), 'work')[2];
    expect(diffOf(block)).toEqual({
      inserted: [{ start: 2, end: 6, text: '城乡融合' }],
      deleted: [{ start: 2, end: 6, text: '乡村振兴' }],
    });
  });

  it('diffs a changed heading', () => {
    const after = edited((r) => (r.sections[1]!.heading = '存在的不足'));
    const comparison = compareReports(baseReport(), after);
    const heading = blocksOf(comparison, 'problems')[0];
    expect(heading?.kind).toBe('heading');
    expect(heading?.change).toBe('changed');
    expect(diffOf(heading)).toEqual({
      inserted: [{ start: 2, end: 5, text: '的不足' }],
      deleted: [{ start: 2, end: 4, text: '问题' }],
    });
    expect(comparison.sections).toMatchObject([
      {
        sectionId: 'problems',
        heading: '存在的不足',
        status: 'changed',
        insertedCharacters: 3,
        deletedCharacters: 2,
      },
    ]);
  });

  it('reports an added section, renumbering the ones after it without listing them', () => {
    const after = edited((r) =>
      r.sections.splice(1, 0, section('new', '亮点工作', ['打造品牌。'])),
    );
    const comparison = compareReports(baseReport(), after);
    expect(comparison.sections).toEqual([
      {
        sectionId: 'new',
        heading: '亮点工作',
        number: '二、',
        previousNumber: null,
        level: 1,
        previousLevel: null,
        status: 'added',
        insertedCharacters: 9,
        deletedCharacters: 0,
      },
    ]);
    const added = blocksOf(comparison, 'new');
    expect(added.map((b) => [b.kind, b.change, b.inserted])).toEqual([
      ['heading', 'inserted', [{ start: 0, end: 4, text: '亮点工作' }]],
      ['paragraph', 'inserted', [{ start: 0, end: 5, text: '打造品牌。' }]],
    ]);
    expect(blocksOf(comparison, 'problems')[0]?.number).toBe('三、');
    expect(comparison.totals).toMatchObject({ insertedCharacters: 9, sectionsAdded: 1 });
  });

  it('reports a removed section and keeps its text where it stood', () => {
    const after = edited((r) => r.sections.splice(1, 1));
    const comparison = compareReports(baseReport(), after);
    expect(comparison.sections).toEqual([
      {
        sectionId: 'problems',
        heading: '存在问题',
        number: '二、',
        previousNumber: '二、',
        level: 1,
        previousLevel: 1,
        status: 'removed',
        insertedCharacters: 0,
        deletedCharacters: 13,
      },
    ]);
    const order = [...new Set(comparison.blocks.map((b) => b.sectionId))];
    expect(order).toEqual([null, 'work', 'reform', 'people', 'problems', 'plans', 'safety']);
    expect(blocksOf(comparison, 'problems').map((b) => [b.change, b.deleted])).toEqual([
      ['deleted', [{ start: 0, end: 4, text: '存在问题' }]],
      ['deleted', [{ start: 0, end: 9, text: '工作中还存在短板。' }]],
    ]);
    expect(blocksOf(comparison, 'plans')[0]?.number).toBe('二、');
  });

  it('reports a section moved among its siblings and one moved under another parent', () => {
    const after = edited((r) => {
      const [work] = r.sections.splice(0, 1);
      r.sections.push(work!);
      const people = work!.children.splice(1, 1)[0]!;
      people.body = [paragraph('民生持续改善，群众满意。')];
      r.sections[0]!.children.push(people);
    });
    const comparison = compareReports(baseReport(), after);
    expect(
      comparison.sections.map((s) => [s.sectionId, s.previousNumber, s.number, s.status]),
    ).toEqual([
      ['people', '（二）', '（一）', 'moved'],
      ['work', '一、', '四、', 'moved'],
    ]);
    expect(comparison.sections[0]).toMatchObject({ insertedCharacters: 5, deletedCharacters: 0 });
    expect(comparison.totals).toMatchObject({ sectionsMoved: 2, sectionsChanged: 0 });
    expect(comparison.blocks.filter((b) => b.change === 'deleted')).toEqual([]);
  });

  it('reports a changed level, which renumbers the section', () => {
    const after = edited((r) => (find(r, 'people').level = 3));
    expect(compareReports(baseReport(), after).sections).toMatchObject([
      {
        sectionId: 'people',
        number: '1.',
        previousNumber: '（二）',
        level: 3,
        previousLevel: 2,
        status: 'changed',
        insertedCharacters: 0,
      },
    ]);
  });

  it('lists changes to the title and lead under one entry without a section', () => {
    const after = edited((r) => {
      r.title = '2025年度工作总结';
      r.lead.push(paragraph('现将有关情况报告如下。'));
    });
    const comparison = compareReports(baseReport(), after);
    expect(comparison.sections).toEqual([
      {
        sectionId: null,
        heading: '2025年度工作总结',
        number: null,
        previousNumber: null,
        level: null,
        previousLevel: null,
        status: 'changed',
        insertedCharacters: 12,
        deletedCharacters: 1,
      },
    ]);
    expect(blocksOf(comparison, null).map((b) => [b.kind, b.change])).toEqual([
      ['title', 'changed'],
      ['paragraph', 'equal'],
      ['paragraph', 'inserted'],
    ]);
    expect(comparison.totals.sectionsChanged).toBe(0);
  });

  it('diffs an edited paragraph against itself when its neighbour is deleted', () => {
    const after = edited((r) => (r.sections[0]!.body = [paragraph('推进乡村全面振兴工作。')]));
    const blocks = blocksOf(compareReports(baseReport(), after), 'work').slice(1);
    expect(blocks.map((b) => [b.change, b.inserted, b.deleted])).toEqual([
      ['deleted', [], [{ start: 0, end: 9, text: '全年完成目标任务。' }]],
      ['changed', [{ start: 4, end: 6, text: '全面' }], []],
    ]);
  });

  it('counts characters beyond the BMP once and never splits a surrogate pair', () => {
    const after = edited((r) => {
      setText(r.sections[2]!.body, 0, '继续努力👍');
      r.sections[3]!.heading = '安全生产𠮷';
    });
    const comparison = compareReports(baseReport(), after);
    expect(diffOf(blocksOf(comparison, 'plans')[1]).inserted).toEqual([
      { start: 4, end: 6, text: '👍' },
    ]);
    const next = compareReports(
      after,
      edited((r) => {
        setText(r.sections[2]!.body, 0, '继续努力👎');
        r.sections[3]!.heading = '安全生产𠮷𠮷';
      }),
    );
    expect(diffOf(blocksOf(next, 'plans')[1])).toEqual({
      inserted: [{ start: 4, end: 6, text: '👎' }],
      deleted: [{ start: 4, end: 6, text: '👍' }],
    });
    expect(
      next.sections.map((s) => [s.sectionId, s.insertedCharacters, s.deletedCharacters]),
    ).toEqual([
      ['plans', 1, 1],
      ['safety', 1, 0],
    ]);
  });

  it('marks list items and diffs them', () => {
    const list = (texts: string[]): Block => ({
      type: 'orderedList',
      items: texts.map((text) => [paragraph(text)]),
    });
    const before = edited((r) => r.sections[2]!.body.push(list(['加强学习', '改进作风'])));
    const after = edited((r) => r.sections[2]!.body.push(list(['加强理论学习', '改进作风'])));
    const blocks = blocksOf(compareReports(before, after), 'plans').slice(2);
    expect(blocks.map((b) => [b.kind, b.marker, b.change, b.inserted])).toEqual([
      ['listItem', '①', 'changed', [{ start: 2, end: 4, text: '理论' }]],
      ['listItem', '②', 'equal', []],
    ]);
  });
});

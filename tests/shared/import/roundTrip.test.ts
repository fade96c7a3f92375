import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import { reportToMarkdown } from '../../../shared/import/reportToMarkdown.ts';
import { reportToText } from '../../../shared/import/reportToText.ts';
import type { Report, Section } from '../../../shared/schema/Report.ts';
import { report, SAMPLE_TEXT, section } from '../outline/reportFixtures.ts';

function withoutIds(sections: readonly Section[]): unknown {
  return sections.map(({ id: _id, children, ...rest }) => ({
    ...rest,
    children: withoutIds(children),
  }));
}

function structure(target: Report): unknown {
  return { title: target.title, lead: target.lead, sections: withoutIds(target.sections) };
}

describe('import → text → import', () => {
  it('gives the sample back with the same structure (and, here, the same text)', () => {
    const first = parseReportText(SAMPLE_TEXT).report;
    const text = reportToText(first);
    const second = parseReportText(text);
    expect(second.findings).toEqual([]);
    expect(structure(second.report)).toEqual(structure(first));
    expect(text).toBe(SAMPLE_TEXT);
  });

  it('writes derived numbers, so a report built in the editor survives the trip', () => {
    const built = report(
      '某局2024年度工作报告',
      ['现报告如下：'],
      [
        section(
          '主要做法',
          ['总述。'],
          [
            section(
              '抓学习',
              ['正文甲。'],
              [
                section('细目', ['正文乙。'], [section('更细', [], [], { level: 4 })], {
                  level: 3,
                }),
              ],
              {
                level: 2,
              },
            ),
            section('思想认识有待进一步提高', ['正文丙。'], [], { level: 2, runIn: true }),
          ],
        ),
        section('存在的问题', ['正文丁。']),
      ],
    );
    const text = reportToText(built);
    expect(text.split('\n').slice(0, 9)).toEqual([
      '某局2024年度工作报告',
      '',
      '现报告如下：',
      '一、主要做法',
      '总述。',
      '（一）抓学习',
      '正文甲。',
      '1.细目',
      '正文乙。',
    ]);
    expect(text).toContain('（二）思想认识有待进一步提高。正文丙。');
    const again = parseReportText(text).report;
    // A run-in heading gains the 。 that separates it from its text; nothing else changes.
    built.sections[0]!.children[1]!.heading += '。';
    expect(structure(again)).toEqual(structure(built));
  });

  it('writes list items as paragraphs that do not turn into headings', () => {
    const built = report('标题', [], [section('甲')]);
    built.sections[0]!.body = [
      {
        type: 'orderedList',
        items: [[{ type: 'paragraph', text: '第一条' }], [{ type: 'paragraph', text: '第二条' }]],
      },
      { type: 'bulletList', items: [[{ type: 'paragraph', text: '要点' }]] },
    ];
    const text = reportToText(built);
    expect(text).toContain('①第一条\n②第二条\n· 要点');
    expect(parseReportText(text).report.sections[0]!.children).toEqual([]);
  });
});

describe('reportToMarkdown', () => {
  it('writes headings by level with derived numbers and run-in headings in bold', () => {
    const markdown = reportToMarkdown(parseReportText(SAMPLE_TEXT).report);
    const lines = markdown.split('\n\n');
    expect(lines[0]).toBe('# 市教体局2022年度思想政治工作开展情况报告');
    expect(lines).toContain('## 一、主要做法');
    expect(lines).toContain('### （四）突出价值引领，推进精神文明建设');
    expect(lines).toContain('## 三、下一步工作打算');
    expect(markdown).toContain('**（一）思想认识有待进一步提高。**教练员运动员');
    // Literal ** and < > in the text must not become Markdown.
    expect(markdown).toContain('获得了\\*\\*省精神文明建设');
    expect(markdown).toContain('贯彻落实\\<中共中央');
  });

  it('writes lists as Markdown lists', () => {
    const built = report('标题', [], [section('甲')]);
    built.sections[0]!.body = [
      {
        type: 'orderedList',
        items: [[{ type: 'paragraph', text: '第一条' }], [{ type: 'paragraph', text: '第二条' }]],
      },
    ];
    expect(reportToMarkdown(built)).toBe('# 标题\n\n## 一、甲\n\n1. 第一条\n2. 第二条\n');
  });
});

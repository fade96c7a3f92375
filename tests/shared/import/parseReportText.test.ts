import { describe, expect, it } from 'vitest';
import { parseReportParagraphs } from '../../../shared/import/parseReportParagraphs.ts';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import type { Section } from '../../../shared/schema/Report.ts';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';

type Shape = [level: number, heading: string, runIn: boolean, body: string[], children: Shape[]];

function shape(sections: readonly Section[]): Shape[] {
  return sections.map((section) => [
    section.level,
    section.heading,
    section.runIn,
    paragraphsOf(section.body),
    shape(section.children),
  ]);
}

describe('parseReportText', () => {
  it('reads every GB/T 9704 numbering kind, in full- and half-width forms', () => {
    const { report, findings } = parseReportText(
      [
        '某局2023年度工作总结',
        '',
        '  今年以来，我局……现报告如下：',
        '一、主要工作',
        '(一)抓学习',
        '1. 第一点',
        '（1）细节甲',
        '(2)细节乙',
        '2、第二点',
        '3．第三点',
        '（二）抓落实',
        '二.存在问题',
        '　　正文一段。',
      ].join('\r\n'),
    );
    expect(findings).toEqual([]);
    expect(report.title).toBe('某局2023年度工作总结');
    expect(paragraphsOf(report.lead)).toEqual(['今年以来，我局……现报告如下：']);
    expect(shape(report.sections)).toEqual([
      [
        1,
        '主要工作',
        false,
        [],
        [
          [
            2,
            '抓学习',
            false,
            [],
            [
              [
                3,
                '第一点',
                false,
                [],
                [
                  [4, '细节甲', false, [], []],
                  [4, '细节乙', false, [], []],
                ],
              ],
              [3, '第二点', false, [], []],
              [3, '第三点', false, [], []],
            ],
          ],
          [2, '抓落实', false, [], []],
        ],
      ],
      [1, '存在问题', false, ['正文一段。'], []],
    ]);
  });

  it('splits a run-in heading at its first sentence and keeps a heading-only line whole', () => {
    const { report } = parseReportText(
      [
        '标题',
        '一、存在的问题',
        '（一）思想认识有待进一步提高。对“关键少数。”的认识不足。还需加强。',
        '（二）队伍有待优化。',
        '正文。',
        '（三）机制不够健全！部分单位落实不到位。',
      ].join('\n'),
    );
    expect(shape(report.sections[0]!.children)).toEqual([
      [2, '思想认识有待进一步提高。', true, ['对“关键少数。”的认识不足。还需加强。'], []],
      [2, '队伍有待优化。', false, ['正文。'], []],
      [2, '机制不够健全！', true, ['部分单位落实不到位。'], []],
    ]);
  });

  it('keeps 一是… paragraphs, dates and decimals as body text', () => {
    const { report } = parseReportText(
      [
        '标题',
        '一、主要做法',
        '一是加强学习。二是强化落实。',
        '3、4月份，开展专项检查。',
        '1.5亿元资金全部到位。',
        '2022.10完成验收。',
        '（2023年）继续推进。',
        '十是压实责任。',
      ].join('\n'),
    );
    expect(report.sections).toHaveLength(1);
    expect(report.sections[0]!.children).toEqual([]);
    expect(paragraphsOf(report.sections[0]!.body)).toHaveLength(6);
  });

  it('reports a typed number that does not fit its position, and keeps the structure', () => {
    const { report, findings } = parseReportText(
      [
        '标题',
        '导语。',
        '一、主要做法',
        '（一）第一项',
        '（三）第二项',
        '二、存在问题',
        '（二）只有这一项',
        '四、下一步打算',
      ].join('\n'),
    );
    const practices = report.sections[0]!;
    const problems = report.sections[1]!;
    expect(
      findings.map((finding) => [finding.rule, finding.sectionId, finding.message.zh]),
    ).toEqual([
      [
        'import.numbering',
        practices.children[1]!.id,
        '原文编号“（三）”与其位置不符，按位置应为“（二）”；请核对是否漏写、多写或编错了一部分',
      ],
      [
        'import.numbering',
        problems.children[0]!.id,
        '原文编号“（二）”与其位置不符，按位置应为“（一）”；请核对是否漏写、多写或编错了一部分',
      ],
      [
        'import.numbering',
        report.sections[2]!.id,
        '原文编号“四、”与其位置不符，按位置应为“三、”；请核对是否漏写、多写或编错了一部分',
      ],
    ]);
    expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    // The headings keep their text; nothing is renumbered in place.
    expect(practices.children.map((child) => child.heading)).toEqual(['第一项', '第二项']);
  });

  it('numbers each level among its own siblings, as the editor does', () => {
    const { findings } = parseReportText(
      ['标题', '一、甲', '（一）子一', '（二）子二', '二、乙', '（一）子一', '1.细目'].join('\n'),
    );
    expect(findings).toEqual([]);
  });

  it('gives a report with no title line an empty title, and leaves a level skip for the checker', () => {
    const { report } = parseReportText('一、主要做法\n1.第一点\n');
    expect(report.title).toBe('');
    expect(shape(report.sections)).toEqual([
      [1, '主要做法', false, [], [[3, '第一点', false, [], []]]],
    ]);
  });

  it('gives every section a fresh id', () => {
    const { report } = parseReportText('标题\n一、甲\n（一）乙\n二、丙');
    const ids = [
      report.sections[0]!.id,
      report.sections[0]!.children[0]!.id,
      report.sections[1]!.id,
    ];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]{12}$/);
  });

  it('takes already-extracted paragraphs (the .docx path) the same way as text', () => {
    const lines = ['标题', '导语。', '一、主要做法', '（一）思想认识有待进一步提高。正文。'];
    const fromParagraphs = parseReportParagraphs(['', ...lines, '   ']).report;
    const fromText = parseReportText(lines.join('\n\n')).report;
    expect(shape(fromParagraphs.sections)).toEqual(shape(fromText.sections));
    expect(fromParagraphs.title).toBe(fromText.title);
  });
});

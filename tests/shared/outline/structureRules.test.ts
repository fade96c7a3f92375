import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../shared/outline/checkReport.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import type { RuleId } from '../../../shared/outline/RuleId.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { getTemplate } from '../../../shared/templates/getTemplate.ts';
import { markedText, report, sampleReport, section } from './reportFixtures.ts';

const annual = getTemplate('annual-work-report')!;
const duty = getTemplate('duty-report')!;

function only(target: Report, rule: RuleId, context = {}): Finding[] {
  return checkReport(target, annual, context).filter((finding) => finding.rule === rule);
}

function sampleWithTitle(title: string): Report {
  return { ...sampleReport(), title };
}

describe('title rules', () => {
  it('accepts the titles official reports use', () => {
    for (const title of [
      '市教体局2022年度思想政治工作开展情况报告',
      '市教体局关于2022年度思想政治工作开展情况的报告',
      '县人民政府二〇二三年工作总结',
      '市教体局2022年工作总结。',
    ]) {
      expect(only(sampleWithTitle(title), 'title.pattern'), title).toEqual([]);
    }
  });

  it('finds a missing year, organisation or report kind, each once', () => {
    const messages = (title: string) =>
      only(sampleWithTitle(title), 'title.pattern').map(
        (finding) => finding.message.zh.split('（')[0],
      );
    expect(messages('市教体局思想政治工作开展情况报告')).toEqual(['标题缺少年份']);
    expect(messages('2022年度思想政治工作开展情况报告')).toEqual(['标题缺少单位名称']);
    expect(messages('关于2022年度思想政治工作开展情况的报告')).toEqual(['标题缺少单位名称']);
    expect(messages('市教体局2022年度思想政治工作开展情况')).toEqual([
      '标题应以“报告”或“总结”结尾',
    ]);
    const [finding] = only(sampleWithTitle('思想政治工作'), 'title.pattern');
    expect(finding).toMatchObject({
      severity: 'warning',
      sectionId: null,
      field: 'title',
      range: null,
    });
  });

  it('finds an empty title as an error', () => {
    expect(only(sampleWithTitle('  '), 'title.missing')).toMatchObject([{ severity: 'error' }]);
    expect(only(sampleWithTitle('  '), 'title.pattern')).toEqual([]);
  });

  it('uses each template’s own pattern', () => {
    const dutyFindings = (title: string) =>
      checkReport(sampleWithTitle(title), duty).filter(
        (finding) => finding.rule === 'title.pattern',
      );
    expect(dutyFindings('张明同志2023年度述职述廉报告')).toEqual([]);
    expect(dutyFindings('2023年度个人述职报告')).toEqual([]);
    expect(dutyFindings('张明同志2023年度工作报告')).toHaveLength(1);
  });
});

describe('lead paragraph', () => {
  it('is required by the annual template', () => {
    const target = { ...sampleReport(), lead: [{ type: 'paragraph' as const, text: ' ' }] };
    expect(only(target, 'lead.missing')).toMatchObject([{ severity: 'error', sectionId: null }]);
    expect(only(sampleReport(), 'lead.missing')).toEqual([]);
  });
});

describe('required sections', () => {
  it('finds a missing part, with a fix that adds it in its place', () => {
    const target = sampleReport();
    const [practices, , plans] = target.sections;
    target.sections = [practices!, plans!];
    expect(only(target, 'sections.missing')).toEqual([
      {
        rule: 'sections.missing',
        severity: 'error',
        sectionId: null,
        range: null,
        message: { zh: '缺少“存在的问题”部分', en: 'The "存在的问题" part is missing' },
        fix: {
          kind: 'addSection',
          title: '存在的问题',
          level: 1,
          afterSectionId: practices!.id,
          label: { zh: '添加“存在的问题”', en: 'Add "存在的问题"' },
        },
      },
    ]);
    target.sections = [practices!];
    expect(only(target, 'sections.missing').map((finding) => finding.fix)).toMatchObject([
      { title: '存在的问题', afterSectionId: practices!.id },
      { title: '下一步工作打算', afterSectionId: practices!.id },
    ]);
    target.sections = [plans!];
    expect(only(target, 'sections.missing').map((finding) => finding.fix)).toMatchObject([
      { title: '主要做法', afterSectionId: null },
      { title: '存在的问题', afterSectionId: null },
    ]);
  });

  it('accepts the usual variants of each title', () => {
    const target = sampleReport();
    const headings = [
      ['主要工作', '存在问题', '下一步打算'],
      ['工作开展情况', '问题与不足', '下一步工作计划'],
      ['一、工作成效', '困难和问题：', '下步打算'],
      ['主要做法及成效', '存在的问题和不足', '今后工作打算'],
      ['主要工作完成情况', '存在的困难和问题', '下一步主要工作'],
    ];
    for (const [first, second, third] of headings) {
      target.sections[0]!.heading = first!;
      target.sections[1]!.heading = second!;
      target.sections[2]!.heading = third!;
      const structural = checkReport(target, annual).filter((finding) =>
        finding.rule.startsWith('sections.'),
      );
      expect(structural, `${first} ${second} ${third}`).toEqual([]);
    }
  });

  it('finds a part out of order, with a fix that moves it', () => {
    const target = sampleReport();
    const [practices, problems, plans] = target.sections;
    target.sections = [practices!, plans!, problems!];
    expect(only(target, 'sections.order')).toMatchObject([
      {
        severity: 'error',
        sectionId: problems!.id,
        fix: { kind: 'moveSection', sectionId: problems!.id, afterSectionId: practices!.id },
      },
    ]);
    target.sections = [plans!, practices!, problems!];
    expect(only(target, 'sections.order')).toMatchObject([
      { sectionId: plans!.id, fix: { kind: 'moveSection', afterSectionId: problems!.id } },
    ]);
    expect(only(target, 'sections.missing')).toEqual([]);
  });

  it('finds a part written twice', () => {
    const target = sampleReport();
    const copy = section('存在问题', ['又写了一遍问题。']);
    target.sections.splice(2, 0, copy);
    expect(only(target, 'sections.duplicate')).toMatchObject([
      { severity: 'error', sectionId: copy.id, field: 'heading' },
    ]);
    expect(only(target, 'sections.order')).toEqual([]);
  });

  it('warns about a part the template does not know, but not about an optional one', () => {
    const target = sampleReport();
    const extra = section('工作亮点', ['亮点。']);
    target.sections.splice(1, 0, section('经验体会', ['体会。']), extra);
    expect(only(target, 'sections.unexpected')).toMatchObject([
      { severity: 'warning', sectionId: extra.id },
    ]);
  });
});

describe('section limits', () => {
  it('warns about an empty section at any level, not about one with only sub-sections', () => {
    const target = sampleReport();
    const emptyChild = section('空的二级标题', [' '], [], { level: 2 });
    target.sections[1]!.children.push(emptyChild);
    expect(only(target, 'section.empty')).toMatchObject([
      { severity: 'warning', sectionId: emptyChild.id },
    ]);
    expect(only(sampleReport(), 'section.empty')).toEqual([]);
  });

  it('counts sub-sections against the template', () => {
    const target = sampleReport();
    const practices = target.sections[0]!;
    practices.children = practices.children.slice(0, 1);
    expect(only(target, 'section.subsectionCount')).toMatchObject([
      {
        severity: 'warning',
        sectionId: practices.id,
        message: { zh: '“主要做法”部分有1个二级标题，至少应有2个' },
      },
    ]);
    const problems = target.sections[1]!;
    problems.children = Array.from({ length: 7 }, (_, index) =>
      section(`问题${index + 1}。`, ['具体表现。'], [], { level: 2, runIn: true }),
    );
    expect(only(target, 'section.subsectionCount').map((finding) => finding.sectionId)).toEqual([
      practices.id,
      problems.id,
    ]);
  });

  it('measures section and report length in characters, spaces excluded', () => {
    const target = sampleReport();
    const plans = target.sections[2]!;
    plans.body = [{ type: 'paragraph', text: '继续努力。          ' }];
    expect(only(target, 'section.length')).toMatchObject([
      { sectionId: plans.id, message: { zh: '“下一步工作打算”部分仅12字，不少于100字为宜' } },
    ]);
    expect(only(sampleReport(), 'report.length')).toEqual([]);
    const long = sampleReport();
    long.sections[0]!.body = [{ type: 'paragraph', text: '字'.repeat(15000) }];
    expect(only(long, 'report.length')).toMatchObject([{ severity: 'warning', sectionId: null }]);
  });
});

describe('heading levels', () => {
  it('finds a level-3 section directly under a level-1 section, with a fix', () => {
    const target = sampleReport();
    const skipped = section('第一点', ['正文。'], [], { level: 3 });
    target.sections[2]!.children.push(skipped);
    expect(only(target, 'heading.levelSkip')).toMatchObject([
      {
        severity: 'error',
        sectionId: skipped.id,
        fix: { kind: 'setSectionLevel', sectionId: skipped.id, level: 2 },
      },
    ]);
  });

  it('finds a level-2 section with no level-1 section above it', () => {
    const target = sampleReport();
    const orphan = section('孤立的二级标题', ['正文。'], [], { level: 2 });
    target.sections.unshift(orphan);
    expect(only(target, 'heading.levelSkip')).toMatchObject([
      { sectionId: orphan.id, fix: { level: 1 } },
    ]);
  });

  it('accepts 一、（一）1.（1） nested one level at a time', () => {
    const target = sampleReport();
    target.sections[0]!.children[0]!.children.push(
      section('细目', ['正文。'], [section('更细', ['正文。'], [], { level: 4 })], { level: 3 }),
    );
    expect(only(target, 'heading.levelSkip')).toEqual([]);
  });

  it('finds a number typed into a heading, with a fix that removes it', () => {
    const target = sampleReport();
    target.sections[1]!.heading = '二、存在的问题';
    target.sections[0]!.children[0]!.heading = '(一) 坚持党管思想';
    const findings = only(target, 'heading.typedNumber');
    expect(findings.map((finding) => [markedText(target, finding), finding.fix])).toEqual([
      [
        '(一) ',
        {
          kind: 'replaceText',
          original: '(一) ',
          replacement: '',
          label: { zh: '删除手工编号', en: 'Remove the typed number' },
        },
      ],
      [
        '二、',
        {
          kind: 'replaceText',
          original: '二、',
          replacement: '',
          label: { zh: '删除手工编号', en: 'Remove the typed number' },
        },
      ],
    ]);
    // The section is still recognised as the required part.
    expect(only(target, 'sections.missing')).toEqual([]);
  });

  it('does not take a heading that starts with a year or a decimal for a typed number', () => {
    const target = sampleReport();
    target.sections[0]!.children[0]!.heading = '2022年重点工作';
    target.sections[0]!.children[1]!.heading = '1.5亿元资金全部到位';
    expect(only(target, 'heading.typedNumber')).toEqual([]);
  });
});

describe('comment threads', () => {
  it('blocks submission while threads are open, when the template says so', () => {
    expect(only(sampleReport(), 'comments.unresolved', { openThreadCount: 2 })).toMatchObject([
      { severity: 'error', message: { zh: '还有2条批注未解决，提交前须全部解决' } },
    ]);
    expect(only(sampleReport(), 'comments.unresolved', { openThreadCount: 0 })).toEqual([]);
    expect(only(sampleReport(), 'comments.unresolved')).toEqual([]);
    const lenient = { ...annual, requireResolvedThreads: false };
    expect(
      checkReport(sampleReport(), lenient, { openThreadCount: 3 }).filter(
        (finding) => finding.rule === 'comments.unresolved',
      ),
    ).toEqual([]);
  });
});

describe('findings and their location', () => {
  it('always carry a rule, a severity and a message in both languages', () => {
    const target = report('', [], [section('', [], [section('甲', [], [], { level: 3 })])]);
    const findings = checkReport(target, annual, { openThreadCount: 1 });
    expect(findings.length).toBeGreaterThan(5);
    for (const finding of findings) {
      expect(finding.rule).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(['error', 'warning', 'info']).toContain(finding.severity);
      expect(finding.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(finding.message.en).toMatch(/[a-z]/);
      if (finding.range) expect(finding.field).toBeDefined();
      if (finding.field === 'body') expect(finding.blockIndex).toBeGreaterThanOrEqual(0);
    }
  });
});

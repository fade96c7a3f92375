import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../shared/outline/checkReport.ts';
import type { Section } from '../../../shared/schema/Report.ts';
import { annualWorkReport } from '../../../shared/templates/annualWorkReport.ts';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/protocol/defaultTemplateId.ts';
import { BUILT_IN_TEMPLATES } from '../../../shared/templates/builtInTemplates.ts';
import { dutyReport } from '../../../shared/templates/dutyReport.ts';
import { getTemplate } from '../../../shared/templates/getTemplate.ts';
import { listTemplates } from '../../../shared/templates/listTemplates.ts';
import {
  reportTemplateSchema,
  type ReportTemplate,
} from '../../../shared/templates/ReportTemplate.ts';
import { specialWorkSummary } from '../../../shared/templates/specialWorkSummary.ts';
import { report, sampleReport, section } from '../outline/reportFixtures.ts';

const FILLER = '围绕中心、服务大局，扎实推进各项工作落实落地，取得了阶段性成效。'; // 32 characters

function text(characters: number): string {
  return FILLER.repeat(Math.ceil(characters / FILLER.length)).slice(0, characters);
}

function part(heading: string, characters: number, subsections = 0): Section {
  const children = Array.from({ length: subsections }, (_, index) =>
    section(`第${index + 1}项工作`, [text(Math.ceil(characters / Math.max(1, subsections)))], [], {
      level: 2,
    }),
  );
  return section(heading, subsections ? [] : [text(characters)], children);
}

function errorsOf(target: ReturnType<typeof report>, template: ReportTemplate): string[] {
  return checkReport(target, template)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => finding.rule);
}

function rulesOf(target: ReturnType<typeof report>, template: ReportTemplate): string[] {
  return checkReport(target, template).map((finding) => finding.rule);
}

const annual = getTemplate('annual-work-report')!;
const duty = getTemplate('duty-report')!;
const special = getTemplate('special-work-summary')!;

describe('built-in templates', () => {
  it('validate against the template schema', () => {
    for (const source of [annualWorkReport, dutyReport, specialWorkSummary]) {
      expect(reportTemplateSchema.safeParse(source).success).toBe(true);
    }
  });

  it('are listed default first and found by id', () => {
    expect(getTemplate(DEFAULT_TEMPLATE_ID)?.id).toBe('annual-work-report');
    expect(listTemplates().map((template) => template.id)).toEqual([
      'annual-work-report',
      'duty-report',
      'special-work-summary',
    ]);
    expect(getTemplate('duty-report')?.name.zh).toBe('述职报告');
    expect(getTemplate('no-such-template')).toBeNull();
    expect(Object.isFrozen(BUILT_IN_TEMPLATES[0])).toBe(true);
  });

  it('each ask for their own parts', () => {
    const titles = (template: ReportTemplate) =>
      template.requiredSections.map((spec) => spec.title);
    expect(titles(annual)).toEqual(['主要做法', '存在的问题', '下一步工作打算']);
    expect(titles(duty)).toEqual(['履职情况', '廉洁自律情况', '存在的问题和不足', '今后努力方向']);
    expect(titles(special)).toEqual([
      '基本情况',
      '主要做法',
      '取得的成效',
      '存在的问题',
      '下一步工作打算',
    ]);
  });
});

describe('the template schema', () => {
  const valid = structuredClone(annualWorkReport);

  it('rejects a template with a variant claimed by two sections', () => {
    const broken = structuredClone(valid);
    broken.requiredSections[1]!.variants.push('主要做法');
    expect(reportTemplateSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects min above max, a title outside its variants, a bad id, no required section', () => {
    const minAboveMax = structuredClone(valid);
    minAboveMax.requiredSections[0]!.subsections = { min: 5, max: 2 };
    const titleNotVariant = structuredClone(valid);
    titleNotVariant.requiredSections[0]!.title = '工作回顾';
    expect(reportTemplateSchema.safeParse(minAboveMax).success).toBe(false);
    expect(reportTemplateSchema.safeParse(titleNotVariant).success).toBe(false);
    expect(reportTemplateSchema.safeParse({ ...valid, id: 'Annual Report' }).success).toBe(false);
    expect(reportTemplateSchema.safeParse({ ...valid, requiredSections: [] }).success).toBe(false);
    expect(reportTemplateSchema.safeParse({ ...valid, name: { zh: '年度报告' } }).success).toBe(
      false,
    );
  });
});

describe('each template passes its own kind of report and fails the others', () => {
  const annualReport = sampleReport();
  const dutyReportDraft = report(
    '张明同志2023年度述职述廉报告',
    ['根据组织安排，现将本人一年来履职尽责和廉洁自律情况报告如下：'],
    [
      part('加强学习，提高政治素养', 300),
      part('履职尽责，推动工作落实', 600, 3),
      part('廉洁自律情况', 200),
      part('存在的问题和不足', 120),
      part('今后努力方向', 120),
    ],
  );
  const specialSummary = report(
    '市教体局2023年校园安全专项整治行动工作总结',
    ['按照市委、市政府统一部署，我局开展了校园安全专项整治行动，现总结如下：'],
    [
      part('基本情况', 120),
      part('主要做法', 400, 3),
      part('取得的成效', 150),
      part('存在的问题', 80),
      part('下一步工作打算', 100),
    ],
  );

  it('年度工作报告: the sample passes; the others fail', () => {
    expect(errorsOf(annualReport, annual)).toEqual([
      'proofread.placeholder',
      'proofread.placeholder',
    ]);
    expect(rulesOf(dutyReportDraft, annual)).toContain('sections.missing');
    expect(errorsOf(specialSummary, annual)).toEqual([]); // it has all three parts, in order…
    expect(rulesOf(specialSummary, annual)).toContain('sections.unexpected'); // …and two more
  });

  it('述职报告: the duty report passes; the others fail', () => {
    expect(checkReport(dutyReportDraft, duty)).toEqual([]);
    expect(errorsOf(annualReport, duty)).toContain('sections.missing');
    expect(rulesOf(annualReport, duty)).toContain('title.pattern');
    expect(errorsOf(specialSummary, duty)).toContain('sections.missing');
  });

  it('专项工作总结: the special summary passes; the others fail', () => {
    expect(checkReport(specialSummary, special)).toEqual([]);
    expect(errorsOf(annualReport, special)).toContain('sections.missing');
    expect(rulesOf(annualReport, special)).toContain('title.pattern');
    expect(errorsOf(dutyReportDraft, special)).toContain('sections.missing');
  });
});

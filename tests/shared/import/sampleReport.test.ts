import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import { checkReport } from '../../../shared/outline/checkReport.ts';
import type { Finding } from '../../../shared/outline/Finding.ts';
import { paragraphsOf } from '../../../shared/outline/paragraphsOf.ts';
import { getTemplate } from '../../../shared/templates/getTemplate.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { findSection, markedText, SAMPLE_TEXT } from '../outline/reportFixtures.ts';

const annual = getTemplate('annual-work-report')!;

/** Applies every text fix as a client would: per paragraph, right to left, checking `original`. */
function applyTextFixes(target: Report, findings: readonly Finding[]): Report {
  const fixed = structuredClone(target);
  const byText = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.fix?.kind !== 'replaceText') continue;
    const key = `${finding.sectionId}/${finding.field}/${finding.blockIndex}`;
    byText.set(key, [...(byText.get(key) ?? []), finding]);
  }
  for (const group of byText.values()) {
    const { sectionId, blockIndex } = group[0]!;
    const owner = sectionId === null ? null : findSection(fixed.sections, sectionId)!;
    const block = (owner ? owner.body : fixed.lead)[blockIndex!]!;
    if (block.type !== 'paragraph') throw new Error('expected a paragraph');
    for (const finding of [...group].sort((a, b) => b.range!.start - a.range!.start)) {
      if (finding.fix?.kind !== 'replaceText') continue;
      const { start, end } = finding.range!;
      expect(block.text.slice(start, end)).toBe(finding.fix.original);
      block.text = block.text.slice(0, start) + finding.fix.replacement + block.text.slice(end);
    }
  }
  return fixed;
}

describe('importing the 2022 思想政治工作 sample', () => {
  const { report, findings: importFindings } = parseReportText(SAMPLE_TEXT);

  it('finds the title, one lead paragraph and the three parts', () => {
    expect(report.title).toBe('市教体局2022年度思想政治工作开展情况报告');
    expect(paragraphsOf(report.lead)).toHaveLength(1);
    expect(paragraphsOf(report.lead)[0]).toMatch(/^2022年，我局.*总结如下：$/);
    expect(report.sections.map((part) => [part.level, part.heading])).toEqual([
      [1, '主要做法'],
      [1, '存在的问题'],
      [1, '下一步工作打算'],
    ]);
    expect(importFindings).toEqual([]);
  });

  it('nests four, two (run-in) and zero level-2 sections', () => {
    const [practices, problems, plans] = report.sections;
    expect(practices!.children.map((child) => [child.level, child.runIn, child.heading])).toEqual([
      [2, false, '坚持党管思想，落实主体责任'],
      [2, false, '注重思想引领，把牢正确方向'],
      [2, false, '紧扣主题宣传，做好防范管控'],
      [2, false, '突出价值引领，推进精神文明建设'],
    ]);
    expect(problems!.children.map((child) => [child.level, child.runIn, child.heading])).toEqual([
      [2, true, '思想认识有待进一步提高。'],
      [2, true, '思想政治工作队伍有待优化。'],
    ]);
    expect(paragraphsOf(problems!.children[0]!.body)[0]).toMatch(/^教练员运动员/);
    expect(plans!.children).toEqual([]);
    // 一是… paragraphs stay body text: one introduction plus three enumerated paragraphs.
    expect(paragraphsOf(plans!.body).map((text) => text.slice(0, 2))).toEqual([
      '思想',
      '一是',
      '二是',
      '三是',
    ]);
  });

  it('has no structural finding against the annual work report template', () => {
    const structural = checkReport(report, annual).filter(
      (finding) => !finding.rule.startsWith('proofread.'),
    );
    expect(structural).toEqual([]);
  });

  it('marks exactly what a careful proofreader would mark, where it is', () => {
    const findings = checkReport(report, annual).filter((finding) =>
      finding.rule.startsWith('proofread.'),
    );
    const where = (sectionId: string | null): string =>
      sectionId === null ? 'lead' : findSection(report.sections, sectionId)!.heading;
    const marked = findings.map((finding) => [
      finding.rule,
      where(finding.sectionId),
      markedText(report, finding),
      finding.fix?.kind === 'replaceText' ? finding.fix.replacement : null,
    ]);
    expect(marked).toEqual([
      // 《贯彻落实<中共中央、国务院…意见>的实施方案》: a title inside a title takes 〈〉.
      ['proofread.halfWidthPunctuation', 'lead', '<', '〈'],
      ['proofread.halfWidthPunctuation', 'lead', '>', '〉'],
      // 上下功夫,全年
      ['proofread.halfWidthPunctuation', '注重思想引领，把牢正确方向', ',', '，'],
      // 《党的二十报告学习辅导百问》
      ['proofread.congressName', '注重思想引领，把牢正确方向', '党的二十', '党的二十大'],
      // 《党的十九大六中全会决议学习辅导读本》
      ['proofread.congressName', '注重思想引领，把牢正确方向', '十九大六中全会', '十九届六中全会'],
      ['proofread.misusedWord', '紧扣主题宣传，做好防范管控', '庚续', '赓续'],
      // 成为传播正能量、弘扬主旋律的一份子
      ['proofread.misusedWord', '紧扣主题宣传，做好防范管控', '一份子', '一分子'],
      // 获得了**省精神文明建设工作先进单位称号
      ['proofread.placeholder', '突出价值引领，推进精神文明建设', '**', ''],
      // 推动**教体高质量发展
      ['proofread.placeholder', '下一步工作打算', '**', ''],
      ['proofread.misusedWord', '下一步工作打算', '疏理', '梳理'],
    ]);
    for (const finding of findings) {
      expect(finding.fix?.kind === 'replaceText' && finding.fix.original).toBe(
        markedText(report, finding),
      );
    }
    expect(findings.filter((finding) => finding.severity === 'error')).toHaveLength(2);
  });

  it('is clean once every one-click fix is applied', () => {
    const fixed = applyTextFixes(report, checkReport(report, annual));
    expect(checkReport(fixed, annual)).toEqual([]);
    expect(paragraphsOf(fixed.lead)[0]).toContain('《贯彻落实〈中共中央、国务院');
  });
});

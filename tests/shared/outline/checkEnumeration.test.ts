import { describe, expect, it } from 'vitest';
import { checkEnumeration } from '../../../shared/outline/checkEnumeration.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { markedText, report, sampleReport, section } from './reportFixtures.ts';

function inSection(...paragraphs: string[]): Report {
  return report('标题', [], [section('主要做法', paragraphs)]);
}

function marks(target: Report): Array<[string, string, string | null]> {
  return checkEnumeration(target).map((finding) => [
    finding.message.zh,
    markedText(target, finding),
    finding.fix?.kind === 'replaceText' ? finding.fix.replacement : null,
  ]);
}

describe('一是、二是、三是 sequences', () => {
  it('accept the sample: runs inside one paragraph and one per paragraph', () => {
    expect(checkEnumeration(sampleReport())).toEqual([]);
  });

  it('accept items after ；：， and a new run starting again at 一是', () => {
    const target = inSection(
      '主要有三点：一是加强学习；二是强化管理，三是严格考核。',
      '同时，一是抓党建，二是抓业务。',
    );
    expect(checkEnumeration(target)).toEqual([]);
  });

  it('do not mistake words ending in 一 or 二 for items, or the idiom 一是一，二是二', () => {
    const target = inSection(
      '这是统一是非标准的基础，唯一是他。说话要一是一，二是二。',
      '其二是次要的。',
    );
    expect(checkEnumeration(target)).toEqual([]);
  });

  it('find a gap, with a fix that renumbers the item', () => {
    const target = inSection('一是加强学习。二是强化管理。四是严格考核。五是注重实效。');
    expect(marks(target)).toEqual([['“二是”之后应为“三是”，却是“四是”', '四', '三']]);
  });

  it('find a gap across paragraphs', () => {
    const target = inSection('一是加强学习。', '二是强化管理。', '四是严格考核。');
    const [finding] = checkEnumeration(target);
    expect(finding).toMatchObject({
      severity: 'error',
      field: 'body',
      blockIndex: 2,
      range: { start: 0, end: 1 },
    });
  });

  it('find a repeat', () => {
    const target = inSection('一是加强学习。二是强化管理。二是严格考核。');
    expect(marks(target)).toEqual([['“二是”重复，应为“三是”', '二', '三']]);
  });

  it('find a run that starts at 二是, and one that goes backwards', () => {
    expect(marks(inSection('二是强化管理。三是严格考核。'))).toEqual([
      ['列举从“二是”开始，缺少“一是”', '二', '一'],
    ]);
    expect(marks(inSection('一是甲。三是乙。二是丙。'))).toEqual([
      ['“一是”之后应为“二是”，却是“三是”', '三', '二'],
      ['“三是”之后应为“四是”，却是“二是”', '二', '四'],
    ]);
  });

  it('find a lone 一是 with no 二是', () => {
    expect(marks(inSection('一是加强学习，全面提升能力。'))).toEqual([
      ['有“一是”而没有“二是”', '一是', null],
    ]);
    expect(marks(inSection('一是甲。', '一是乙。二是丙。'))).toEqual([
      ['“一是”重复，应为“二是”', '一', '二'],
    ]);
  });

  it('count tens: 十是 follows 九是, 十一是 follows 十是', () => {
    const items = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    expect(checkEnumeration(inSection(items.map((item) => `${item}是加强。`).join('')))).toEqual(
      [],
    );
  });

  it('check each section and the lead on their own', () => {
    const target = report(
      '标题',
      ['一是甲。二是乙。'],
      [
        section(
          '主要做法',
          ['一是甲。二是乙。'],
          [section('子项', ['三是丙。'], [], { level: 2 })],
        ),
      ],
    );
    const findings = checkEnumeration(target);
    expect(findings.map((finding) => finding.sectionId)).toEqual([
      target.sections[0]!.children[0]!.id,
    ]);
  });
});

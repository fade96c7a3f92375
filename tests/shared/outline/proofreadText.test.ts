import { describe, expect, it } from 'vitest';
import { findCongressNames } from '../../../shared/outline/findCongressNames.ts';
import { findDoubledWords } from '../../../shared/outline/findDoubledWords.ts';
import { findHalfWidthPunctuation } from '../../../shared/outline/findHalfWidthPunctuation.ts';
import { findMisusedWords } from '../../../shared/outline/findMisusedWords.ts';
import { findPlaceholders } from '../../../shared/outline/findPlaceholders.ts';
import { proofreadText } from '../../../shared/outline/proofreadText.ts';
import type { TextIssue } from '../../../shared/outline/TextIssue.ts';
import { SAMPLE_TEXT } from './reportFixtures.ts';

type Finder = (text: string) => TextIssue[];

/** Each issue as [marked text, replacement]. */
function marks(find: Finder, text: string): Array<[string, string | undefined]> {
  return find(text).map((issue) => [text.slice(issue.start, issue.end), issue.replacement]);
}

/** The text with every replacement applied, right to left. */
function corrected(find: Finder, text: string): string {
  let result = text;
  for (const issue of [...find(text)].reverse()) {
    result = result.slice(0, issue.start) + (issue.replacement ?? '') + result.slice(issue.end);
  }
  return result;
}

describe('half-width punctuation in Chinese text', () => {
  it('finds , ; : ? ! . and parentheses next to Chinese, and fixes them', () => {
    const text = '全年学习13次,研讨5次;主要内容:理论学习?是的!完成.报告(草案)已印发';
    expect(marks(findHalfWidthPunctuation, text)).toEqual([
      [',', '，'],
      [';', '；'],
      [':', '：'],
      ['?', '？'],
      ['!', '！'],
      ['.', '。'],
      ['(', '（'],
      [')', '）'],
    ]);
    expect(corrected(findHalfWidthPunctuation, text)).toBe(
      '全年学习13次，研讨5次；主要内容：理论学习？是的！完成。报告（草案）已印发',
    );
  });

  it('finds parentheses around English or numbers inside a Chinese sentence, and typed (1)', () => {
    expect(marks(findHalfWidthPunctuation, '世界卫生组织(WHO)发布')).toEqual([
      ['(', '（'],
      [')', '）'],
    ]);
    expect(marks(findHalfWidthPunctuation, '(1)加强领导')).toEqual([
      ['(', '（'],
      [')', '）'],
    ]);
    expect(marks(findHalfWidthPunctuation, '（一)加强领导')).toEqual([[')', '）']]);
  });

  it('turns <…> around a title inside 《》 into 〈〉', () => {
    expect(corrected(findHalfWidthPunctuation, '《贯彻落实<意见>的实施方案》')).toBe(
      '《贯彻落实〈意见〉的实施方案》',
    );
  });

  it('suggests 、 for a half-width period after a typed Chinese number', () => {
    expect(marks(findHalfWidthPunctuation, '三.加强队伍建设')).toEqual([['.', '、']]);
  });

  it('leaves numbers, times, English, addresses and comparisons alone', () => {
    for (const text of [
      '增长3.5个百分点，投入1,000万元，会议于10:30召开',
      '版本2.0上线，第3.2条规定',
      '他说 Hello, world! 然后离开',
      '详见http://www.gov.cn/zhengce/index.htm?id=1,2，或发邮件至office@edu.gov.cn。',
      '登录www.12371.cn学习',
      '温度<30℃时停止作业，湿度>80%时报告',
      'f(x) = x + 1',
      'Windows (64-bit)',
      '“灯塔-党建在线”等APP',
      '……',
    ]) {
      expect(findHalfWidthPunctuation(text), text).toEqual([]);
    }
  });
});

describe('placeholders', () => {
  it('finds ** XX ×× □ and bracketed to-do notes, with a delete fix', () => {
    const text =
      '获得了**省先进单位，XX县、20XX年、××同志、共□人，数据【待补充】，金额[待核实]元，TODO';
    expect(marks(findPlaceholders, text)).toEqual([
      ['**', ''],
      ['XX', ''],
      ['XX', ''],
      ['××', ''],
      ['□', ''],
      ['【待补充】', ''],
      ['[待核实]', ''],
      ['TODO', ''],
    ]);
    expect(findPlaceholders('**').every((issue) => issue.severity === 'error')).toBe(true);
  });

  it('leaves X光, 3×4, XXL, a single *, 【典型案例】 and 有待补充 alone', () => {
    for (const text of [
      '开展X光检查',
      '面积3×4米',
      '服装XXL码',
      '注*：数据来源于统计局',
      '【典型案例】某校开展……',
      '制度有待补充完善',
      'Xbox',
    ]) {
      expect(findPlaceholders(text), text).toEqual([]);
    }
  });
});

describe('words written twice', () => {
  it('finds doubled function words and common verbs, with a fix', () => {
    const text = '这是我们的的工作，了了解情况后，我们我们要进一步进一步加强，在在全市，，推广。';
    expect(marks(findDoubledWords, text)).toEqual([
      ['的的', '的'],
      ['我们我们', '我们'],
      ['进一步进一步', '进一步'],
      ['在在', '在'],
      ['，，', '，'],
    ]);
    expect(marks(findDoubledWords, '完成了了任务')).toEqual([['了了', '了']]);
  });

  it('leaves correct reduplication and words that meet at a boundary alone', () => {
    for (const text of [
      '常常、人人、天天、层层、步步、处处、事事、年年、个个、紧紧、牢牢、高高兴兴、清清楚楚、等等',
      '实实在在、的的确确、是是非非、和和美美、从从容容、将将就就',
      '学习习近平新时代中国特色社会主义思想',
      '为了了解情况，除了了解外，不了了之，一目了然',
      '达到目的的手段，有的的确很好',
      '但是是否可行，关键是是否落实，坚持实事求是是根本',
      '积极参与与支持，一把把钥匙，即将将其纳入',
      '现在在岗人员，首都都市圈，变更更名',
      '研究研究、讨论讨论',
      '——这是破折号',
    ]) {
      expect(findDoubledWords(text), text).toEqual([]);
    }
  });
});

describe('commonly misused words', () => {
  it('finds dictionary entries, with the correction as fix', () => {
    const text = '一愁莫展，庚续精神，疏理问题，台帐管理，决策部属，截止目前，再接再励';
    expect(corrected(findMisusedWords, text)).toBe(
      '一筹莫展，赓续精神，梳理问题，台账管理，决策部署，截至目前，再接再厉',
    );
    expect(findMisusedWords(text)).toHaveLength(7);
    expect(findMisusedWords(text)[0]!.message.zh).toBe('“一愁莫展”应为“一筹莫展”');
  });

  it('leaves the correct forms and the listed exceptions alone', () => {
    for (const text of [
      '一筹莫展，赓续精神，梳理问题，台账管理，决策部署，截至目前，截止到目前，报名截止日期',
      '疏理河道，疏通渠道，疏导情绪',
      '发布署名文章，全部份额已分配，随一份子钱',
      '对各项工作做风险评估',
      '部分单位，一分子，知识分子',
    ]) {
      expect(findMisusedWords(text), text).toEqual([]);
    }
  });
});

describe('names of Party congresses and plenums', () => {
  it('finds 十九大六中全会 and 党的二十报告', () => {
    expect(
      marks(findCongressNames, '学习党的十九大六中全会精神和党的二十报告，党的十八以来'),
    ).toEqual([
      ['十九大六中全会', '十九届六中全会'],
      ['党的二十', '党的二十大'],
      ['党的十八', '党的十八大'],
    ]);
  });

  it('leaves the correct names alone', () => {
    for (const text of [
      '党的二十大报告、党的十九届六中全会、十八届三中全会、党的十八大以来、二十大精神',
      '党的二十届三中全会，党的十年来，党的十个明确',
    ]) {
      expect(findCongressNames(text), text).toEqual([]);
    }
  });
});

describe('proofreadText', () => {
  it('runs every rule and returns issues in text order', () => {
    const issues = proofreadText('庚续**精神,党的二十报告的的');
    expect(issues.map((issue) => issue.rule)).toEqual([
      'proofread.misusedWord',
      'proofread.placeholder',
      'proofread.halfWidthPunctuation',
      'proofread.congressName',
      'proofread.repeatedWord',
    ]);
  });

  it('finds nothing in the sample once its marked mistakes are corrected', () => {
    const fixed = SAMPLE_TEXT.replace('<', '〈')
      .replace('>', '〉')
      .replace('上下功夫,', '上下功夫，')
      .replace('党的二十报告', '党的二十大报告')
      .replace('十九大六中全会', '十九届六中全会')
      .replace('庚续', '赓续')
      .replace('一份子', '一分子')
      .replaceAll('**', '')
      .replace('疏理', '梳理');
    const lines = fixed.split('\n').filter(Boolean);
    expect(lines.flatMap((line) => proofreadText(line))).toEqual([]);
  });
});

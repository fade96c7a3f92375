import { describe, expect, it } from 'vitest';
import { findMisusedWords } from '../../../shared/outline/findMisusedWords.ts';
import { MISUSED_WORDS } from '../../../shared/outline/misusedWords.ts';
import { proofreadText } from '../../../shared/outline/proofreadText.ts';

describe('the 常见错别字 dictionary', () => {
  it('has at least a hundred distinct entries, each a real correction', () => {
    expect(MISUSED_WORDS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(MISUSED_WORDS.map((entry) => entry.wrong)).size).toBe(MISUSED_WORDS.length);
    for (const entry of MISUSED_WORDS) {
      expect(entry.right, entry.wrong).not.toBe(entry.wrong);
      expect(entry.right.length, entry.wrong).toBe(entry.wrong.length);
      for (const phrase of entry.except ?? []) expect(phrase).toContain(entry.wrong);
    }
  });

  it('finds every entry inside a sentence and corrects it', () => {
    for (const entry of MISUSED_WORDS) {
      const text = `我们要${entry.wrong}。`;
      expect(findMisusedWords(text), entry.wrong).toMatchObject([
        { start: 3, end: 3 + entry.wrong.length, replacement: entry.right },
      ]);
    }
  });

  it('never flags a corrected form, alone or run together with the others', () => {
    for (const entry of MISUSED_WORDS)
      expect(findMisusedWords(entry.right), entry.right).toEqual([]);
    expect(findMisusedWords(MISUSED_WORDS.map((entry) => entry.right).join(''))).toEqual([]);
    expect(findMisusedWords(MISUSED_WORDS.map((entry) => entry.right).join('，'))).toEqual([]);
  });
});

describe('correct official writing', () => {
  const paragraphs = [
    '2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，踔厉奋发、笃行不怠，赓续红色血脉，统筹推进各项工作，取得了明显成效。现将有关情况报告如下：',
    '一是强化理论武装。认真落实“第一议题”制度，全年召开党组理论学习中心组学习会12次，开展专题研讨4次；梳理问题清单，建立工作台账，逐项销号管理。二是压实工作责任。层层签订目标责任书，做到人人肩上有担子、个个心中有目标。三是狠抓作风建设。驰而不息纠治“四风”，常抓不懈、久久为功，以钉钉子精神抓好落实。',
    '对照党的十八大以来党中央的决策部署，我们既要看到成绩，也要清醒认识到存在的不足：部分干部职工学习的主动性还不够强，有的的确存在“本领恐慌”；工作中实实在在的举措还不够多，处处留痕、层层加码的现象时有发生。为了了解基层情况，局领导班子成员深入一线开展调查研究，累计走访学校36所，召开座谈会8场，收集意见建议120余条。',
    '下一步，我们将以学习贯彻党的二十届三中全会精神为契机，擘画发展蓝图，坚持守正创新，蹄疾步稳推进改革；坚持实事求是，一是一、二是二，不搞形式主义；常常对标对表，天天查漏补缺，高高兴兴干事、清清白白做人，确保各项任务落地见效。',
    '截至目前，全市共投入资金1.2亿元，同比增长3.5%；完成投资计划的85%以上。详情见www.gov.cn（中国政府网）。',
  ];

  it('gets no proofreading finding at all', () => {
    for (const text of paragraphs) expect(proofreadText(text), text).toEqual([]);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../../shared/schema/Report.ts';
import { renderPrintHtml } from '../../../server/export/renderPrintHtml.ts';

function section(partial: Partial<Section> & Pick<Section, 'id' | 'level' | 'heading'>): Section {
  return { runIn: false, body: [], children: [], ...partial };
}

const report: Report = {
  title: '关于2024年度工作情况的报告 <b>&"\'',
  lead: [{ type: 'paragraph', text: '今年以来，我局认真贯彻落实各项决策部署。' }],
  sections: [
    section({
      id: 'work',
      level: 1,
      heading: '<script>alert(1)</script>',
      body: [{ type: 'paragraph', text: '全年完成目标任务。' }],
      children: [
        section({
          id: 'lead',
          level: 2,
          runIn: true,
          heading: '加强组织领导',
          body: [
            { type: 'paragraph', text: '成立工作专班。' },
            { type: 'paragraph', text: '定期调度。' },
          ],
          children: [
            section({
              id: 'detail',
              level: 3,
              heading: '细化任务',
              children: [section({ id: 'item', level: 4, heading: '明确责任' })],
            }),
          ],
        }),
        section({
          id: 'ended',
          level: 2,
          runIn: true,
          heading: '狠抓落实。',
          body: [{ type: 'paragraph', text: '逐项对账。' }],
        }),
      ],
    }),
    section({
      id: 'plans',
      level: 1,
      heading: '下步打算',
      body: [
        {
          type: 'orderedList',
          items: [
            [{ type: 'paragraph', text: '加强学习' }],
            [{ type: 'paragraph', text: '改进作风' }],
          ],
        },
      ],
    }),
  ],
};

const html = renderPrintHtml(report);
const page = new DOMParser().parseFromString(html, 'text/html');
const css = page.querySelector('style')!.textContent!;

function rule(selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`).exec(css);
  if (!match) throw new Error(`no rule for ${selector}`);
  return match[1]!;
}

function property(block: string, name: string): string {
  return new RegExp(`(?:^|[\\s;])${name}: ([^;]+);`).exec(block)![1]!.trim();
}

const millimetres = (value: string): number => (Number.parseFloat(value) * 25.4) / 72;

describe('renderPrintHtml', () => {
  it('sets the page: A4, margins 37/26/35/28 mm', () => {
    const page = rule('@page');
    expect(property(page, 'size')).toBe('A4');
    const margins = property(page, 'margin').split(' ').map(millimetres);
    expect(margins.map((value) => Math.round(value * 10) / 10)).toEqual([37, 26, 35, 28]);
  });

  it('lays out 22 lines of 28 characters in the 156 × 225 mm type area', () => {
    const body = rule('body');
    expect(property(body, 'font-size')).toBe('16pt');
    const lineHeight = millimetres(property(body, 'line-height'));
    expect(22 * lineHeight).toBeLessThanOrEqual(225);
    expect(23 * lineHeight).toBeGreaterThan(225);
    const pitch = millimetres(`${16 + Number.parseFloat(property(body, 'letter-spacing'))}pt`);
    expect(28 * pitch).toBeLessThanOrEqual(156.03);
    expect(29 * pitch).toBeGreaterThan(156.03);
    expect(millimetres(property(rule('p, .heading'), 'text-indent'))).toBeCloseTo(2 * pitch, 2);
  });

  it('uses the official faces with fallbacks on Windows and Linux', () => {
    const title = rule('.title');
    expect(property(title, 'font-size')).toBe('22pt');
    expect(property(title, 'text-align')).toBe('center');
    const family = (block: string) => property(block, 'font-family');
    expect(family(title)).toMatch(
      /"FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "SimSun", serif$/,
    );
    expect(family(rule('body'))).toMatch(
      /FangSong", "仿宋_GB2312", "仿宋", "Noto Serif CJK SC", serif$/,
    );
    expect(family(rule('.level-1'))).toMatch(/"SimHei", "黑体", "Noto Sans CJK SC", sans-serif$/);
    expect(family(rule('.level-2'))).toMatch(
      /"KaiTi", "楷体_GB2312", .*"Noto Serif CJK SC", serif$/,
    );
    expect(family(rule('.level-3, .level-4'))).toBe(family(rule('body')));
    expect(rule('.level-3, .level-4')).not.toContain('bold');
    expect(renderPrintHtml(report, { boldHeadings: true })).toMatch(
      /\.level-3, \.level-4 \{[^}]*font-weight: bold/,
    );
  });

  it('numbers pages 「— 1 —」 in 4号 宋体, right on odd pages and left on even ones', () => {
    for (const [side, box] of [
      ['right', 'bottom-right'],
      ['left', 'bottom-left'],
    ]) {
      const numbers = new RegExp(`@page :${side} \\{ @${box} \\{([^}]*)\\}`).exec(css)![1]!;
      expect(property(numbers, 'content')).toBe('"—\\2002" counter(page) "\\2002—"');
      expect(property(numbers, 'font-family')).toMatch(/^"SimSun", "宋体"/);
      expect(property(numbers, 'font-size')).toBe('14pt');
      expect(property(numbers, 'text-align')).toBe(side);
      expect(property(numbers, `margin-${side}`)).toBe('1em');
    }
  });

  it('escapes every text: markup in a heading or title shows as text', () => {
    expect(page.querySelectorAll('script, b')).toHaveLength(0);
    expect(page.querySelector('h2')!.textContent).toBe('一、<script>alert(1)</script>');
    expect(page.querySelector('h1.title')!.textContent).toBe(report.title);
    expect(page.title).toBe(report.title);
    expect(html).not.toContain('<script>');
  });

  it('writes the section numbers out, headings in their level faces, run-in headings on one line', () => {
    const lines = [...page.body.children].map((element) => [
      element.tagName.toLowerCase(),
      element.textContent,
    ]);
    expect(lines).toEqual([
      ['h1', report.title],
      ['p', '今年以来，我局认真贯彻落实各项决策部署。'],
      ['h2', '一、<script>alert(1)</script>'],
      ['p', '全年完成目标任务。'],
      ['p', '（一）加强组织领导。成立工作专班。'],
      ['p', '定期调度。'],
      ['h4', '1.细化任务'],
      ['h5', '（1）明确责任'],
      ['p', '（二）狠抓落实。逐项对账。'],
      ['h2', '二、下步打算'],
      ['p', '①加强学习'],
      ['p', '②改进作风'],
    ]);
    expect(page.querySelector('h2')!.className).toBe('heading level-1');
    const runIn = page.querySelectorAll('p span.level-2');
    expect([...runIn].map((span) => span.textContent)).toEqual([
      '（一）加强组织领导。',
      '（二）狠抓落实。',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../server/export/renderDocx.ts';
import { parseReportParagraphs } from '../../../shared/import/parseReportParagraphs.ts';
import { parseReportText } from '../../../shared/import/parseReportText.ts';
import { reportToText } from '../../../shared/import/reportToText.ts';
import type { Report } from '../../../shared/schema/Report.ts';
import { outlineOf, type OutlineNode } from '../../../shared/schema/outlineOf.ts';

const sample = parseReportText(
  readFileSync(new URL('../../fixtures/2022-sizheng-report.txt', import.meta.url), 'utf8'),
).report;

async function unzip(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing ${path}`);
    return file.async('string');
  };
  return { zip, read };
}

/** The w:p elements of a part, each with its text and the east-Asian fonts of its runs. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? match[2] ?? '';
    const text = [...body.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const fonts = [...body.matchAll(/w:eastAsia="([^"]+)"/g)].map((f) => f[1]);
    const sizes = [...body.matchAll(/<w:sz w:val="(\d+)"/g)].map((s) => Number(s[1]));
    const bold = /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(body);
    const alignment = /<w:jc w:val="([a-z]+)"/.exec(body)?.[1];
    return { text, fonts, sizes, bold, alignment, xml: body };
  });
}

function shape(nodes: OutlineNode[]): unknown {
  return nodes.map((node) => [node.number, node.heading, shape(node.children)]);
}

describe('renderDocx (GB/T 9704-2012)', () => {
  it('lays out the page: A4, margins, 22 lines of 28 characters', async () => {
    const { read } = await unzip(await renderDocx(sample));
    const document = await read('word/document.xml');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(document)![1]!;
    const attribute = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margins)![1]);
    // 37, 35, 28 and 26 mm in twips.
    expect([attribute('top'), attribute('bottom'), attribute('left'), attribute('right')]).toEqual([
      2098, 1984, 1587, 1474,
    ]);
    // Type area 156 × 225 mm: the page minus the margins.
    expect((11906 - 1587 - 1474) / (1440 / 25.4)).toBeCloseTo(156, 0);
    expect((16838 - 2098 - 1984) / (1440 / 25.4)).toBeCloseTo(225, 0);
    const grid = /<w:docGrid ([^>]*)\/>/.exec(document)![1]!;
    expect(grid).toContain('w:type="linesAndChars"');
    const linePitch = Number(/w:linePitch="(\d+)"/.exec(grid)![1]);
    expect(Math.floor(12756 / linePitch)).toBe(22);
    const charSpace = Number(/w:charSpace="(-?\d+)"/.exec(grid)![1]);
    const pitchPoints = 16 + charSpace / 4096;
    expect(Math.floor(8845 / 20 / pitchPoints)).toBe(28);
  });

  it('sets title, headings and body in their fonts with the numbers written out', async () => {
    const { read } = await unzip(await renderDocx(sample));
    const all = paragraphs(await read('word/document.xml'));
    const find = (start: string) => {
      const found = all.find((paragraph) => paragraph.text.startsWith(start));
      if (!found) throw new Error(`no paragraph starting with ${start}`);
      return found;
    };
    const title = find('市教体局2022年度思想政治工作开展情况报告');
    expect(title.fonts).toEqual(['方正小标宋简体']);
    expect(title.sizes).toEqual([44]);
    expect(title.alignment).toBe('center');

    expect(find('一、主要做法').fonts).toEqual(['黑体']);
    expect(find('二、存在的问题').fonts).toEqual(['黑体']);
    expect(find('（一）坚持党管思想，落实主体责任').fonts).toEqual(['楷体_GB2312']);
    const runIn = find('（一）思想认识有待进一步提高。');
    expect(runIn.fonts).toEqual(['楷体_GB2312', '仿宋_GB2312']);
    expect(runIn.text).toContain('教练员运动员思想政治工作');
    const body = find('局党组高度重视思想政治工作');
    expect(body.fonts).toEqual(['仿宋_GB2312']);
    expect(body.sizes).toEqual([32]);
    expect(body.xml).toMatch(/<w:ind w:firstLine="640"/);
  });

  it('sets level-3 and level-4 headings in 仿宋, bold only when asked', async () => {
    const report = {
      title: '测试报告',
      lead: [],
      sections: [
        {
          id: 'a',
          level: 1 as const,
          runIn: false,
          heading: '主要做法',
          body: [],
          children: [
            {
              id: 'b',
              level: 2 as const,
              runIn: false,
              heading: '二级',
              body: [],
              children: [
                {
                  id: 'c',
                  level: 3 as const,
                  runIn: false,
                  heading: '三级',
                  body: [],
                  children: [
                    {
                      id: 'd',
                      level: 4 as const,
                      runIn: false,
                      heading: '四级',
                      body: [],
                      children: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    const plain = paragraphs(
      await (await unzip(await renderDocx(report))).read('word/document.xml'),
    );
    const level3 = plain.find((paragraph) => paragraph.text === '1.三级')!;
    const level4 = plain.find((paragraph) => paragraph.text === '（1）四级')!;
    expect([level3.fonts, level3.bold, level4.fonts, level4.bold]).toEqual([
      ['仿宋_GB2312'],
      false,
      ['仿宋_GB2312'],
      false,
    ]);
    const bold = paragraphs(
      await (
        await unzip(await renderDocx(report, { boldHeadings: true }))
      ).read('word/document.xml'),
    );
    expect(bold.find((paragraph) => paragraph.text === '1.三级')!.bold).toBe(true);
    expect(bold.find((paragraph) => paragraph.text === '一、主要做法')!.bold).toBe(false);
  });

  it('numbers pages 「— 1 —」 in 4号 宋体, odd pages right and even pages left', async () => {
    const { zip, read } = await unzip(await renderDocx(sample));
    expect(await read('word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
    const document = await read('word/document.xml');
    const reference = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(
        document,
      )![1];
      return id!;
    };
    const relations = await read('word/_rels/document.xml.rels');
    const target = (id: string) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relations)![1]!;
    for (const [type, alignment] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = await zip.file(`word/${target(reference(type))}`)!.async('string');
      const [line] = paragraphs(footer);
      expect(line!.alignment).toBe(alignment);
      // The number itself is a PAGE field between the two dashes.
      expect(line!.text).toBe('—  —');
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(new Set(line!.fonts)).toEqual(new Set(['宋体']));
      expect(new Set(line!.sizes)).toEqual(new Set([28]));
    }
  });

  it('imports back (mammoth) to the same structure', async () => {
    const buffer = await renderDocx(sample);
    const { value } = await mammoth.extractRawText({ buffer });
    const reimported = parseReportParagraphs(value.split('\n').filter((line) => line.trim()));
    expect(reimported.report.title).toBe(sample.title);
    expect(shape(outlineOf(reimported.report).sections)).toEqual(shape(outlineOf(sample).sections));
    expect(reimported.report.lead).toEqual(sample.lead);
  });

  it('ends a run-in heading with 。 as the .txt does, when it has none', async () => {
    const report: Report = {
      title: '年度工作报告',
      lead: [],
      sections: [
        {
          id: 'a',
          level: 1,
          runIn: true,
          heading: '抓学习',
          body: [
            { type: 'paragraph', text: '全年开展集中学习12次。' },
            { type: 'paragraph', text: '下一段。' },
          ],
          children: [],
        },
      ],
    };
    const { read } = await unzip(await renderDocx(report));
    const texts = paragraphs(await read('word/document.xml')).map((paragraph) => paragraph.text);
    const runInLine = '一、抓学习。全年开展集中学习12次。';
    expect(reportToText(report).split('\n')).toContain(runInLine);
    expect(texts).toContain(runInLine);
    expect(texts).toContain('下一段。');
  });
});

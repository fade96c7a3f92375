import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { blockLines } from '../../shared/import/blockLines.ts';
import { runInHeading } from '../../shared/import/runInHeading.ts';
import { numberSiblings } from '../../shared/schema/numberSections.ts';
import type { Block, Report, Section } from '../../shared/schema/Report.ts';
import type { SectionLevel } from '../../shared/schema/nodeNames.ts';
import { OFFICIAL_LAYOUT as LAYOUT } from './officialLayout.ts';

export interface DocxOptions {
  /** Set level-3 and level-4 headings in bold 仿宋. */
  boldHeadings?: boolean;
}

const HEADING_FONTS: Record<SectionLevel, string> = {
  1: LAYOUT.fonts.level1,
  2: LAYOUT.fonts.level2,
  3: LAYOUT.fonts.level3,
  4: LAYOUT.fonts.level4,
};

function run(text: string, font: string, extra: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({
    text,
    font: { ascii: LAYOUT.fonts.latin, hAnsi: LAYOUT.fonts.latin, eastAsia: font },
    size: extra.size ?? LAYOUT.size.body,
    bold: extra.bold ?? false,
  });
}

const exactLine = { line: LAYOUT.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function bodyParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: LAYOUT.firstLineIndent },
    spacing: exactLine,
  });
}

function blockParagraphs(block: Block): Paragraph[] {
  return blockLines(block).map((line) => bodyParagraph([run(line, LAYOUT.fonts.body)]));
}

function sectionParagraphs(section: Section, number: string, options: DocxOptions): Paragraph[] {
  const bold = options.boldHeadings === true && section.level >= 3;
  const font = HEADING_FONTS[section.level];
  const runIn = runInHeading(section);
  const body = runIn ? runIn.rest : section.body;
  const heading = runIn
    ? bodyParagraph([
        run(number + runIn.heading, font, { bold }),
        run(runIn.text, LAYOUT.fonts.body),
      ])
    : bodyParagraph([run(number + section.heading, font, { bold })]);
  const numbers = numberSiblings(section.children);
  return [
    heading,
    ...body.flatMap(blockParagraphs),
    ...section.children.flatMap((child, index) =>
      sectionParagraphs(child, numbers[index]!, options),
    ),
  ];
}

function pageNumberFooter(alignment: 'right' | 'left'): Footer {
  const oneCharacter = LAYOUT.size.pageNumber * 10;
  const font = LAYOUT.fonts.pageNumber;
  const size = LAYOUT.size.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: oneCharacter } : { left: oneCharacter },
        children: [
          run('— ', font, { size }),
          new TextRun({
            children: [PageNumber.CURRENT],
            font: { ascii: font, hAnsi: font, eastAsia: font },
            size,
          }),
          run(' —', font, { size }),
        ],
      }),
    ],
  });
}

/**
 * Renders a report as a .docx laid out per GB/T 9704-2012: A4, 37/35/28/26 mm margins,
 * 22 lines of 28 characters, 2号 小标宋 title, 3号 仿宋 body, 黑体/楷体/仿宋 headings with their
 * numbers written out, and 4号 宋体 「— 1 —」 page numbers, right on odd pages, left on even.
 */
export async function renderDocx(report: Report, options: DocxOptions = {}): Promise<Buffer> {
  const numbers = numberSiblings(report.sections);
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...exactLine, line: Math.round(LAYOUT.linePitch * 1.2), after: LAYOUT.linePitch },
    children: [run(report.title, LAYOUT.fonts.title, { size: LAYOUT.size.title })],
  });
  const document = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            size: LAYOUT.size.body,
            font: {
              ascii: LAYOUT.fonts.latin,
              hAnsi: LAYOUT.fonts.latin,
              eastAsia: LAYOUT.fonts.body,
            },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: LAYOUT.page.width, height: LAYOUT.page.height },
            margin: {
              ...LAYOUT.margin,
              footer: LAYOUT.footerDistance,
              header: LAYOUT.margin.top / 2,
            },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LAYOUT.linePitch,
            charSpace: LAYOUT.charSpace,
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: [
          title,
          ...report.lead.flatMap(blockParagraphs),
          ...report.sections.flatMap((section, index) =>
            sectionParagraphs(section, numbers[index]!, options),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

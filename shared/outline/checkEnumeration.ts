import type { Block, Report } from '../schema/Report.ts';
import { chineseNumeral } from '../schema/sectionNumber.ts';
import type { Finding } from './Finding.ts';
import { paragraphsOf } from './paragraphsOf.ts';
import { parseChineseNumeral } from './parseChineseNumeral.ts';
import { RULE_ID } from './RuleId.ts';

const NUMERALS = '一二三四五六七八九十';
// An item starts a paragraph or follows a sentence or clause: 。一是 ；二是 ：三是 ，四是.
const ITEM_BOUNDARY = '。；;！!？?：:，,';
const HAN = /[\u3400-\u9fff]/;

interface Item {
  ordinal: number;
  blockIndex: number;
  start: number;
  numeral: string;
}

function itemAt(text: string, shi: number): { start: number; numeral: string } | null {
  let start = shi;
  while (start > 0 && shi - start < 3 && NUMERALS.includes(text[start - 1]!)) start -= 1;
  if (start === shi) return null;
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\u3000')) before -= 1;
  if (before >= 0 && !ITEM_BOUNDARY.includes(text[before]!)) return null;
  return { start, numeral: text.slice(start, shi) };
}

function itemsOf(paragraphs: readonly string[]): Item[] {
  const items: Item[] = [];
  paragraphs.forEach((text, blockIndex) => {
    for (let shi = text.indexOf('是'); shi >= 0; shi = text.indexOf('是', shi + 1)) {
      const found = itemAt(text, shi);
      if (!found) continue;
      const ordinal = parseChineseNumeral(found.numeral);
      if (ordinal === null) continue;
      const end = shi + 1;
      // 一是一，二是二 is an idiom (honest, exact), not an enumeration.
      if (
        text.startsWith(found.numeral, end) &&
        !HAN.test(text[end + found.numeral.length] ?? '')
      ) {
        continue;
      }
      items.push({ ordinal, blockIndex, start: found.start, numeral: found.numeral });
    }
  });
  return items;
}

function sequenceFinding(
  sectionId: string | null,
  item: Item,
  expected: number,
  zh: string,
  en: string,
): Finding {
  const replacement = chineseNumeral(expected);
  return {
    rule: RULE_ID.enumerationSequence,
    severity: 'error',
    sectionId,
    field: 'body',
    blockIndex: item.blockIndex,
    range: { start: item.start, end: item.start + item.numeral.length },
    message: { zh, en },
    fix: {
      kind: 'replaceText',
      original: item.numeral,
      replacement,
      label: { zh: `改为“${replacement}是”`, en: `Change to ${replacement}是` },
    },
  };
}

function checkBody(sectionId: string | null, blocks: readonly Block[], findings: Finding[]): void {
  const items = itemsOf(paragraphsOf(blocks));
  let previous: Item | null = null;
  let runLength = 0;
  for (const item of items) {
    const label = `${item.numeral}是`;
    if (item.ordinal === 1 && previous?.ordinal !== 1) {
      if (previous && runLength === 1 && previous.ordinal === 1) {
        findings.push(loneFirst(sectionId, previous));
      }
      previous = item;
      runLength = 1;
      continue;
    }
    const expected = previous ? previous.ordinal + 1 : 1;
    if (item.ordinal !== expected) {
      const expectedLabel = `${chineseNumeral(expected)}是`;
      const repeat = previous?.ordinal === item.ordinal;
      findings.push(
        sequenceFinding(
          sectionId,
          item,
          expected,
          repeat
            ? `“${label}”重复，应为“${expectedLabel}”`
            : previous
              ? `“${previous.numeral}是”之后应为“${expectedLabel}”，却是“${label}”`
              : `列举从“${label}”开始，缺少“一是”`,
          repeat
            ? `"${label}" is repeated; expected "${expectedLabel}"`
            : `Expected "${expectedLabel}" here, found "${label}"`,
        ),
      );
    }
    previous = item;
    runLength += 1;
  }
  if (previous && runLength === 1 && previous.ordinal === 1)
    findings.push(loneFirst(sectionId, previous));
}

function loneFirst(sectionId: string | null, item: Item): Finding {
  return {
    rule: RULE_ID.enumerationSequence,
    severity: 'warning',
    sectionId,
    field: 'body',
    blockIndex: item.blockIndex,
    range: { start: item.start, end: item.start + item.numeral.length + 1 },
    message: { zh: '有“一是”而没有“二是”', en: 'An enumeration has 一是 but no 二是' },
  };
}

/** 一是、二是、三是… inside each section (and the lead): no gap, no repeat, not a lone 一是. */
export function checkEnumeration(report: Report): Finding[] {
  const findings: Finding[] = [];
  checkBody(null, report.lead, findings);
  const visit = (sections: Report['sections']): void => {
    for (const section of sections) {
      checkBody(section.id, section.body, findings);
      visit(section.children);
    }
  };
  visit(report.sections);
  return findings;
}

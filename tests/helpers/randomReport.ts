import * as prng from 'lib0/prng';
import type { Block, ParagraphBlock, Report, Section } from '../../shared/schema/Report.ts';
import { toSectionLevel } from '../../shared/schema/nodeNames.ts';

type Random = prng.PRNG;

// Chinese, full- and half-width punctuation, Latin, spaces, and characters beyond the BMP.
const ALPHABET = Array.from('的工作推进改革发展完成目标任务全年乡村振兴，。、；“”（）ab1 　👍𠮷😀');

function randomText(gen: Random, maxLength = 24): string {
  const length = prng.int32(gen, 0, maxLength);
  return Array.from({ length }, () => prng.oneOf(gen, ALPHABET)).join('');
}

function randomBlock(gen: Random): Block {
  if (prng.int32(gen, 0, 3) > 0) return { type: 'paragraph', text: randomText(gen, 60) };
  return {
    type: prng.bool(gen) ? 'orderedList' : 'bulletList',
    items: Array.from({ length: prng.int32(gen, 1, 3) }, () =>
      Array.from({ length: prng.int32(gen, 1, 2) }, (): Block => paragraph(randomText(gen))),
    ),
  };
}

function paragraph(text: string): ParagraphBlock {
  return { type: 'paragraph', text };
}

function randomBody(gen: Random): Block[] {
  return Array.from({ length: prng.int32(gen, 0, 3) }, () => randomBlock(gen));
}

let nextId = 0;

function randomSection(gen: Random, level: number, depth: number): Section {
  nextId += 1;
  return {
    id: `s${nextId}`,
    level: toSectionLevel(level),
    runIn: prng.bool(gen),
    heading: randomText(gen, 12),
    body: randomBody(gen),
    children:
      depth < 3 && prng.bool(gen)
        ? Array.from({ length: prng.int32(gen, 1, 3) }, () =>
            randomSection(gen, level + 1, depth + 1),
          )
        : [],
  };
}

/** A random report: up to four levels of sections, paragraphs and lists, awkward characters. */
export function randomReport(gen: Random): Report {
  return {
    title: randomText(gen, 20),
    lead: randomBody(gen),
    sections: Array.from({ length: prng.int32(gen, 1, 4) }, () => randomSection(gen, 1, 0)),
  };
}

function sectionsOf(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...sectionsOf(section.children)]);
}

function bodiesOf(report: Report): Block[][] {
  const bodies: Block[][] = [report.lead, ...sectionsOf(report.sections).map((s) => s.body)];
  const nested = (blocks: Block[]): Block[][] =>
    blocks.flatMap((block) =>
      block.type === 'paragraph' ? [] : block.items.flatMap((item) => [item, ...nested(item)]),
    );
  return bodies.flatMap((body) => [body, ...nested(body)]);
}

function editText(gen: Random, text: string): string {
  const points = Array.from(text);
  const start = prng.int32(gen, 0, points.length);
  const end = prng.int32(gen, start, Math.min(points.length, start + 6));
  const insert = prng.bool(gen) ? randomText(gen, 6) : '';
  return [...points.slice(0, start), insert, ...points.slice(end)].join('');
}

function siblingsHolding(report: Report, target: Section): Section[] {
  if (report.sections.includes(target)) return report.sections;
  return sectionsOf(report.sections).find((s) => s.children.includes(target))!.children;
}

function applyRandomEdit(gen: Random, report: Report): void {
  const sections = sectionsOf(report.sections);
  const bodies = bodiesOf(report);
  const body = prng.oneOf(gen, bodies);
  const paragraphs = bodies.flatMap((b) =>
    b.filter((block): block is ParagraphBlock => block.type === 'paragraph'),
  );
  const section = prng.oneOf(gen, sections);
  switch (prng.int32(gen, 0, 9)) {
    case 0:
      report.title = editText(gen, report.title);
      break;
    case 1:
      section.heading = editText(gen, section.heading);
      break;
    case 2:
    case 3:
      if (paragraphs.length > 0) {
        const target = prng.oneOf(gen, paragraphs);
        target.text = editText(gen, target.text);
      }
      break;
    case 4:
      body.splice(prng.int32(gen, 0, body.length), 0, randomBlock(gen));
      break;
    case 5:
      if (body.length > 0) body.splice(prng.int32(gen, 0, body.length - 1), 1);
      break;
    case 6: {
      const parent = prng.bool(gen) ? null : section;
      const siblings = parent ? parent.children : report.sections;
      const added = randomSection(gen, parent ? Math.min(parent.level + 1, 4) : 1, 3);
      siblings.splice(prng.int32(gen, 0, siblings.length), 0, added);
      break;
    }
    case 7: {
      const siblings = siblingsHolding(report, section);
      if (siblings !== report.sections || siblings.length > 1) {
        siblings.splice(siblings.indexOf(section), 1);
      }
      break;
    }
    case 8: {
      const inside = new Set(sectionsOf([section]));
      const parents = sections.filter((candidate) => !inside.has(candidate));
      const parent = prng.bool(gen) || parents.length === 0 ? null : prng.oneOf(gen, parents);
      const from = siblingsHolding(report, section);
      if (from === report.sections && from.length === 1) break;
      from.splice(from.indexOf(section), 1);
      const to = parent ? parent.children : report.sections;
      to.splice(prng.int32(gen, 0, to.length), 0, section);
      section.level = toSectionLevel(parent ? parent.level + 1 : 1);
      break;
    }
    default:
      section.level = toSectionLevel(prng.int32(gen, 1, 4));
  }
}

/** A deep copy of the report with a few random edits: text, paragraphs, sections added, removed, moved. */
export function randomlyEdited(gen: Random, report: Report): Report {
  const copy = structuredClone(report);
  const edits = prng.int32(gen, 1, 8);
  for (let index = 0; index < edits; index += 1) applyRandomEdit(gen, copy);
  return copy;
}

import { diffArrays } from 'diff';
import type { SectionLevel } from '../schema/nodeNames.ts';
import type { Block } from '../schema/Report.ts';
import { diffText } from './diffText.ts';
import { pairSimilarTexts } from './pairSimilarTexts.ts';
import type { ComparedBlock } from './ReportComparison.ts';

/** Where compared blocks belong: a section, or the title and lead (all null). */
export interface BlockOwner {
  sectionId: string | null;
  level: SectionLevel | null;
  number: string | null;
}

interface BodyLine {
  kind: 'paragraph' | 'listItem';
  text: string;
  marker: string | null;
}

// The markers plain-text export writes (shared/import/blockLines.ts).
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function bodyLines(blocks: readonly Block[], inList = false): BodyLine[] {
  return blocks.flatMap((block): BodyLine[] => {
    if (block.type === 'paragraph') {
      return [{ kind: inList ? 'listItem' : 'paragraph', text: block.text, marker: null }];
    }
    return block.items.flatMap((item, index) => {
      const lines = bodyLines(item, true);
      const first = lines[0];
      if (first && first.marker === null) {
        first.marker = block.type === 'orderedList' ? (CIRCLED[index] ?? `(${index + 1})`) : '· ';
      }
      return lines;
    });
  });
}

function compared(
  owner: BlockOwner,
  before: BodyLine | null,
  after: BodyLine | null,
): ComparedBlock {
  const line = after ?? before!;
  const diff = diffText(before?.text ?? '', after?.text ?? '');
  const change = !before
    ? 'inserted'
    : !after
      ? 'deleted'
      : before.text === after.text && before.kind === after.kind
        ? 'equal'
        : 'changed';
  return { kind: line.kind, ...owner, marker: line.marker, change, ...diff };
}

/**
 * Compares two bodies (or leads) paragraph by paragraph: identical paragraphs align in order,
 * alike ones in between pair up and get a character diff, the rest are inserted or deleted.
 */
export function compareBlocks(
  before: readonly Block[],
  after: readonly Block[],
  owner: BlockOwner,
): ComparedBlock[] {
  const beforeLines = bodyLines(before);
  const afterLines = bodyLines(after);
  const key = (line: BodyLine): string => `${line.kind}\n${line.text}`;
  const result: ComparedBlock[] = [];
  let removed: BodyLine[] = [];
  let added: BodyLine[] = [];
  const flush = (): void => {
    const steps = pairSimilarTexts(
      removed.map((line) => line.text),
      added.map((line) => line.text),
    );
    for (const step of steps) {
      const beforeLine = step.before === null ? null : removed[step.before]!;
      const afterLine = step.after === null ? null : added[step.after]!;
      result.push(compared(owner, beforeLine, afterLine));
    }
    removed = [];
    added = [];
  };
  let beforeIndex = 0;
  let afterIndex = 0;
  for (const change of diffArrays(beforeLines.map(key), afterLines.map(key))) {
    const count = change.value.length;
    if (change.removed) {
      removed.push(...beforeLines.slice(beforeIndex, beforeIndex + count));
      beforeIndex += count;
    } else if (change.added) {
      added.push(...afterLines.slice(afterIndex, afterIndex + count));
      afterIndex += count;
    } else {
      flush();
      for (let offset = 0; offset < count; offset += 1) {
        result.push(
          compared(owner, beforeLines[beforeIndex + offset]!, afterLines[afterIndex + offset]!),
        );
      }
      beforeIndex += count;
      afterIndex += count;
    }
  }
  flush();
  return result;
}

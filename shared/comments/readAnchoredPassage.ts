import * as Y from 'yjs';
import { NODE } from '../schema/nodeNames.ts';
import { plainText } from '../schema/plainText.ts';
import { MAX_QUOTE_LENGTH } from './commentLimits.ts';
import type { AnchorRange } from './resolveAnchorRange.ts';

/** What a new thread stores about its passage besides the positions. */
export interface AnchoredPassage {
  quote: string;
  sectionId: string | null;
}

function sectionIdAt(text: Y.XmlText): string | null {
  for (let node: unknown = text; node instanceof Y.AbstractType; node = node._item?.parent) {
    if (node instanceof Y.XmlElement && node.nodeName === NODE.section) {
      return node.getAttribute('id') ?? null;
    }
  }
  return null;
}

function collectText(
  node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment,
  range: AnchorRange,
  state: { offset: number; pieces: string[]; firstType: Y.XmlText | null },
): void {
  if (node instanceof Y.XmlHook) return;
  if (node instanceof Y.XmlText) {
    const from = Math.max(range.start - state.offset, 0);
    const to = Math.min(range.end - state.offset, node.length);
    if (to > from) {
      state.pieces.push(plainText(node).slice(from, to));
      state.firstType ??= node;
    }
    state.offset += node.length;
    return;
  }
  for (const child of node.toArray()) {
    if (state.offset >= range.end) return;
    collectText(child, range, state);
  }
}

/** The text of a passage (text nodes joined by line breaks) and the section it starts in. */
export function readAnchoredPassage(fragment: Y.XmlFragment, range: AnchorRange): AnchoredPassage {
  const state = {
    offset: 0,
    pieces: [] as string[],
    firstType: null as Y.XmlText | null,
  };
  collectText(fragment, range, state);
  const quote = state.pieces.join('\n');
  return {
    quote:
      quote.length > MAX_QUOTE_LENGTH
        ? `${Array.from(quote.slice(0, MAX_QUOTE_LENGTH)).slice(0, -1).join('')}…`
        : quote,
    sectionId: state.firstType ? sectionIdAt(state.firstType) : null,
  };
}

import type { SectionLevel } from '../schema/nodeNames.ts';
import { typedNumberPrefix } from '../outline/typedNumberPrefix.ts';

/** A line of imported text that starts with a typed section number. */
export interface HeadingLine {
  level: SectionLevel;
  /** The ordinal the number says (（三） → 3), to compare with the position it lands in. */
  typedOrdinal: number;
  /** The number as typed, e.g. `（三）`. */
  typedNumber: string;
  heading: string;
  /** Text after the heading sentence on the same line (a run-in heading), else null. */
  body: string | null;
}

const OPENING = '“‘《（(「【〈';
const CLOSING = '”’》）)」】〉';
const SENTENCE_END = '。！？';

/** Index of the first 。！？ outside quotes and brackets, or -1. */
function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (OPENING.includes(character)) depth += 1;
    else if (CLOSING.includes(character)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && SENTENCE_END.includes(character)) return index;
  }
  return -1;
}

/**
 * Reads a line as a heading if it starts with a typed number (一、 （一） 1. （1）). When the
 * first sentence is followed by more text on the same line, that sentence (with its 。) is the
 * heading and the rest is body: 「（一）思想认识有待进一步提高。教练员……」 is a run-in heading.
 */
export function readHeadingLine(line: string): HeadingLine | null {
  const typed = typedNumberPrefix(line);
  if (!typed) return null;
  const rest = line.slice(typed.length).trim();
  const end = firstSentenceEnd(rest);
  const after = end >= 0 ? rest.slice(end + 1).trim() : '';
  return {
    level: typed.level,
    typedOrdinal: typed.ordinal,
    typedNumber: typed.text.trim(),
    heading: after ? rest.slice(0, end + 1) : rest,
    body: after || null,
  };
}

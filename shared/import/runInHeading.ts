import type { Block, Section } from '../schema/Report.ts';

const SENTENCE_END = /[。！？]$/;

/** A run-in heading as every export writes it: ended as a sentence, then its first paragraph. */
export interface RunInHeading {
  /** The heading (without its number), ending in 。！or ？ (。 added when it had none). */
  heading: string;
  /** The first body paragraph's text, on the heading's line. */
  text: string;
  /** The body blocks after that paragraph. */
  rest: Block[];
}

/**
 * The run-in form of a section, or null when it is set on a line of its own: not run-in, or its
 * body does not start with a non-empty paragraph. Used by the .txt, .md, print and .docx exports
 * so they agree character for character.
 */
export function runInHeading(section: Section): RunInHeading | null {
  const [first, ...rest] = section.body;
  if (!section.runIn || first?.type !== 'paragraph' || !first.text) return null;
  const heading = SENTENCE_END.test(section.heading) ? section.heading : `${section.heading}。`;
  return { heading, text: first.text, rest };
}

import type { SectionLevel } from './nodeNames.ts';

/** A paragraph of plain text (marks are not part of the structural model). */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

/** A bullet or ordered list; each item is a list of blocks. */
export interface ListBlock {
  type: 'bulletList' | 'orderedList';
  items: Block[][];
}

export type Block = ParagraphBlock | ListBlock;

/** A structural section: heading, body, and child sections. Its number is derived, never stored. */
export interface Section {
  id: string;
  level: SectionLevel;
  /** Run-in heading: the heading sentence and the body share one line when rendered. */
  runIn: boolean;
  heading: string;
  body: Block[];
  children: Section[];
}

/** The whole report as a plain tree: what checks, outline, import and export work on. */
export interface Report {
  title: string;
  lead: Block[];
  sections: Section[];
}

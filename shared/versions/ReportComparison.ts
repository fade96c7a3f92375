import type { SectionLevel } from '../schema/nodeNames.ts';

/** One run of a character diff: text kept, text only in `after`, or text only in `before`. */
export interface TextSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A half-open range `[start, end)` of UTF-16 indices, with the text it covers. */
export interface TextRange {
  start: number;
  end: number;
  text: string;
}

/**
 * The character diff of one text. Keeping `equal` and `delete` segments gives the before text,
 * keeping `equal` and `insert` segments gives the after text.
 */
export interface TextDiff {
  segments: TextSegment[];
  /** Inserted text, in after-text coordinates. */
  inserted: TextRange[];
  /** Deleted text, in before-text coordinates. */
  deleted: TextRange[];
}

/** What a compared line of the report is. A list item's paragraphs are `listItem`s. */
export type ComparedBlockKind = 'title' | 'heading' | 'paragraph' | 'listItem';

/**
 * How a block fares between the two sides: `inserted` and `deleted` blocks exist on one side
 * only; `changed` blocks exist on both with different text (or a paragraph turned list item).
 */
export type BlockChange = 'equal' | 'inserted' | 'deleted' | 'changed';

/** One line of the compared report, in reading order, with its inline diff. */
export interface ComparedBlock extends TextDiff {
  kind: ComparedBlockKind;
  /** The owning section; null for the title and the lead. */
  sectionId: string | null;
  /** The owning section's level (after side when present); null for the title and the lead. */
  level: SectionLevel | null;
  /** The owning section's number as rendered (一、（一）1.（1）), after side when present. */
  number: string | null;
  /** A list item's marker (① or ·) on its first paragraph, as plain-text export writes it. */
  marker: string | null;
  change: BlockChange;
}

/**
 * How a section fares: `added`/`removed` exist on one side only; `moved` sections changed parent
 * or order among their siblings (and may also have changed text); `changed` sections kept their
 * place but changed heading, body or level.
 */
export type SectionStatus = 'added' | 'removed' | 'changed' | 'moved';

/** Summary of one section that differs. Counts cover its own heading and body, not children. */
export interface SectionChange {
  /** Null for the entry that stands for the title and the lead. */
  sectionId: string | null;
  /** The heading (after side when present); the report title for the title/lead entry. */
  heading: string;
  /** The number as rendered on the after side, or on the before side for removed sections. */
  number: string | null;
  /** The number on the before side; null for added sections and the title/lead entry. */
  previousNumber: string | null;
  level: SectionLevel | null;
  /** The level on the before side; null for added sections and the title/lead entry. */
  previousLevel: SectionLevel | null;
  status: SectionStatus;
  /** Unicode code points inserted. */
  insertedCharacters: number;
  /** Unicode code points deleted. */
  deletedCharacters: number;
}

/** Totals over the whole report (title, lead and every section). */
export interface ComparisonTotals {
  insertedCharacters: number;
  deletedCharacters: number;
  sectionsAdded: number;
  sectionsRemoved: number;
  sectionsChanged: number;
  sectionsMoved: number;
}

/** The comparison of two reports: what the compare view renders and the compare route returns. */
export interface ReportComparison {
  /** True when title, lead and every section are the same on both sides. */
  identical: boolean;
  /** Every line of both reports in reading order; removed text stays where it stood. */
  blocks: ComparedBlock[];
  /** Only what differs, in reading order; the title/lead entry (sectionId null) first. */
  sections: SectionChange[];
  totals: ComparisonTotals;
}

import type { SectionLevel } from '../schema/nodeNames.ts';
import type { LocalizedText } from '../templates/LocalizedText.ts';
import type { RuleId } from './RuleId.ts';

/** `error` blocks submission; `warning` and `info` only inform. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Which text of the report a finding points into:
 * - `title`: `report.title` (sectionId is null);
 * - `heading`: the heading of section `sectionId`;
 * - `body`: a paragraph of the body of section `sectionId`, or of the lead when sectionId is null;
 *   `blockIndex` says which (an index into `paragraphsOf(blocks)`).
 */
export type FindingField = 'title' | 'heading' | 'body';

/** A half-open range [start, end) of UTF-16 code units (JavaScript string indices) in one text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A one-click repair. `replaceText` edits the finding's own text range; the structural kinds name
 * the sections they act on by id, so they stay valid while others edit elsewhere.
 */
export type FindingFix =
  | {
      kind: 'replaceText';
      /** The text the range held when checked; apply only if it still holds exactly this. */
      original: string;
      /** What the range becomes (may be empty: delete). */
      replacement: string;
      label: LocalizedText;
    }
  | {
      kind: 'addSection';
      title: string;
      level: SectionLevel;
      /** Insert after this level-1 section; null inserts before every section (after the lead). */
      afterSectionId: string | null;
      label: LocalizedText;
    }
  | {
      kind: 'moveSection';
      sectionId: string;
      /** Move after this sibling; null moves it before every section (after the lead). */
      afterSectionId: string | null;
      label: LocalizedText;
    }
  | {
      kind: 'setSectionLevel';
      sectionId: string;
      level: SectionLevel;
      label: LocalizedText;
    };

/**
 * One thing the outline checker (or the importer) found.
 *
 * Location: `sectionId` + `field` + `blockIndex` name one text; `range` is an offset range inside
 * that text, or null when the finding is about that text as a whole (a heading, the title). When
 * `field` is absent the finding is about the section as a whole (or, with a null sectionId, the
 * report as a whole) and `range` is null. To find the text of a `body` finding:
 * `paragraphsOf(section.body)[blockIndex]` (or `paragraphsOf(report.lead)` when sectionId is null).
 */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  sectionId: string | null;
  field?: FindingField;
  /** Index into `paragraphsOf(...)` of the section body or the lead; only with `field: 'body'`. */
  blockIndex?: number;
  range: TextRange | null;
  message: LocalizedText;
  fix?: FindingFix;
}

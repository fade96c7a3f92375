import type { SectionLevel } from './nodeNames.ts';
import { formatSectionNumber } from './sectionNumber.ts';

/** The minimal shape numbering needs, so that editor nodes and report sections both fit. */
export interface NumberableSection {
  level: SectionLevel;
  children: readonly NumberableSection[];
}

/**
 * Numbers sibling sections: each counts among the earlier siblings of the same level, so a
 * level skipped inside a parent does not disturb the numbers of the others.
 */
export function numberSiblings(siblings: readonly { level: SectionLevel }[]): string[] {
  const counters = new Map<SectionLevel, number>();
  return siblings.map((section) => {
    const ordinal = (counters.get(section.level) ?? 0) + 1;
    counters.set(section.level, ordinal);
    return formatSectionNumber(section.level, ordinal);
  });
}

/** Visits every section depth-first with its derived number. */
export function forEachNumberedSection<T extends NumberableSection>(
  sections: readonly T[],
  visit: (section: T, number: string, parent: T | null) => void,
  parent: T | null = null,
): void {
  const numbers = numberSiblings(sections);
  sections.forEach((section, index) => {
    visit(section, numbers[index]!, parent);
    forEachNumberedSection(section.children as readonly T[], visit, section);
  });
}

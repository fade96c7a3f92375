import type { SectionLevel } from './nodeNames.ts';
import { numberSiblings } from './numberSections.ts';
import type { Report, Section } from './Report.ts';

/** One entry of the outline as the API and panel show it. */
export interface OutlineNode {
  id: string;
  level: SectionLevel;
  number: string;
  heading: string;
  children: OutlineNode[];
}

/** The outline of a report: title and the section tree with rendered numbers. */
export interface Outline {
  title: string;
  sections: OutlineNode[];
}

function outlineOfSections(sections: readonly Section[]): OutlineNode[] {
  const numbers = numberSiblings(sections);
  return sections.map((section, index) => ({
    id: section.id,
    level: section.level,
    number: numbers[index]!,
    heading: section.heading,
    children: outlineOfSections(section.children),
  }));
}

/** Derives the numbered outline of a report. */
export function outlineOf(report: Report): Outline {
  return { title: report.title, sections: outlineOfSections(report.sections) };
}

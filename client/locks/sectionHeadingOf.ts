import type { Report, Section } from '../../shared/schema/Report.ts';

// The heading of a section of the report, or null when there is no such section.
export function sectionHeadingOf(report: Report, sectionId: string): string | null {
  const search = (sections: readonly Section[]): string | null => {
    for (const section of sections) {
      if (section.id === sectionId) return section.heading;
      const found = search(section.children);
      if (found !== null) return found;
    }
    return null;
  };
  return search(report.sections);
}

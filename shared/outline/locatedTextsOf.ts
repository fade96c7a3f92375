import type { Report } from '../schema/Report.ts';
import type { FindingField } from './Finding.ts';
import { paragraphsOf } from './paragraphsOf.ts';

/** One text of the report with the location a finding in it carries. */
export interface LocatedText {
  text: string;
  sectionId: string | null;
  field: FindingField;
  blockIndex?: number;
}

/** Every text of the report in document order: title, lead, then each section's heading and body. */
export function locatedTextsOf(report: Report): LocatedText[] {
  const texts: LocatedText[] = [{ text: report.title, sectionId: null, field: 'title' }];
  paragraphsOf(report.lead).forEach((text, blockIndex) =>
    texts.push({ text, sectionId: null, field: 'body', blockIndex }),
  );
  const visit = (sections: Report['sections']): void => {
    for (const section of sections) {
      texts.push({ text: section.heading, sectionId: section.id, field: 'heading' });
      paragraphsOf(section.body).forEach((text, blockIndex) =>
        texts.push({ text, sectionId: section.id, field: 'body', blockIndex }),
      );
      visit(section.children);
    }
  };
  visit(report.sections);
  return texts;
}

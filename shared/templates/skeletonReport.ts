import { createSectionId } from '../schema/createSectionId.ts';
import type { Report } from '../schema/Report.ts';
import type { ReportTemplate } from './ReportTemplate.ts';

/**
 * The report a new document starts as: its title, an empty lead paragraph when the template
 * wants one, and the template's required level-1 sections, in order, each with an empty body.
 */
export function skeletonReport(title: string, template: ReportTemplate): Report {
  return {
    title,
    lead: template.leadRequired ? [{ type: 'paragraph', text: '' }] : [],
    sections: template.requiredSections.map((spec) => ({
      id: createSectionId(),
      level: 1,
      runIn: false,
      heading: spec.title,
      body: [{ type: 'paragraph', text: '' }],
      children: [],
    })),
  };
}

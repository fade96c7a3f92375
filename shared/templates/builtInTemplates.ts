import { DEFAULT_TEMPLATE_ID } from '../protocol/defaultTemplateId.ts';
import { annualWorkReport } from './annualWorkReport.ts';
import { dutyReport } from './dutyReport.ts';
import { reportTemplateSchema, type ReportTemplate } from './ReportTemplate.ts';
import { specialWorkSummary } from './specialWorkSummary.ts';

/**
 * The built-in templates, validated once when the module loads, the default
 * (`DEFAULT_TEMPLATE_ID`) first, then in the order lists show them.
 */
export const BUILT_IN_TEMPLATES: readonly ReportTemplate[] = Object.freeze(
  [annualWorkReport, dutyReport, specialWorkSummary]
    .map((template) => Object.freeze(reportTemplateSchema.parse(template)))
    .sort((a, b) => Number(b.id === DEFAULT_TEMPLATE_ID) - Number(a.id === DEFAULT_TEMPLATE_ID)),
);

import { BUILT_IN_TEMPLATES } from './builtInTemplates.ts';
import type { ReportTemplate } from './ReportTemplate.ts';

/** All built-in templates, the default first. */
export function listTemplates(): readonly ReportTemplate[] {
  return BUILT_IN_TEMPLATES;
}

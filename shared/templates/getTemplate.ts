import { BUILT_IN_TEMPLATES } from './builtInTemplates.ts';
import type { ReportTemplate } from './ReportTemplate.ts';

/** The built-in template with this id, or `null` when there is none. */
export function getTemplate(id: string): ReportTemplate | null {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id) ?? null;
}

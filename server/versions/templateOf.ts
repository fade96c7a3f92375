import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import type { ReportTemplate } from '../../shared/templates/ReportTemplate.ts';

/** The template a report is held to; one no longer built in falls back to the default. */
export function templateOf(document: Pick<DocumentSummary, 'template'>): ReportTemplate {
  return getTemplate(document.template) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
}

import * as Y from 'yjs';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import type { Report } from '../../shared/schema/Report.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import type { ReportTemplate } from '../../shared/templates/ReportTemplate.ts';
import type { DocumentRegistry } from '../collab/DocumentRegistry.ts';
import { DocumentNotFoundError } from '../documents/DocumentNotFoundError.ts';
import { ApiError } from './ApiError.ts';

export interface DocumentReport {
  template: ReportTemplate;
  report: Report;
}

/** The document's current content as a Report, loaded or not, with the template it is held to. */
export async function loadDocumentReport(
  registry: DocumentRegistry,
  document: DocumentSummary,
): Promise<DocumentReport> {
  let state: Uint8Array;
  try {
    state = await registry.readDocumentState(document.id);
  } catch (error: unknown) {
    // Deleted between the access check and now.
    if (error instanceof DocumentNotFoundError) {
      throw new ApiError(API_ERROR.notFound, `Document ${document.id} does not exist`);
    }
    throw error;
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const report = readReportFromFragment(doc.getXmlFragment(CONTENT_FRAGMENT));
    // A template id that is no longer built in falls back to the default rather than failing.
    const template = getTemplate(document.template) ?? getTemplate(DEFAULT_TEMPLATE_ID)!;
    return { template, report };
  } finally {
    doc.destroy();
  }
}

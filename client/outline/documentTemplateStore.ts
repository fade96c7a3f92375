import { z } from 'zod';
import { requestJson } from '../api/requestJson.ts';
import { createLogger } from '../logging/createLogger.ts';

const logger = createLogger('http');

// Only what the selector needs of GET /api/documents/:id; `permissions` as the API sends it.
const documentSchema = z.object({
  template: z.string().min(1),
  permissions: z.object({ manageReport: z.boolean() }).optional(),
});

export interface DocumentTemplate {
  templateId: string;
  // Whether this user may change it (owners; administrators).
  canChange: boolean;
}

const documentPath = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

const entries = new Map<string, DocumentTemplate>();
const listeners = new Set<() => void>();

function set(documentId: string, entry: DocumentTemplate): void {
  const current = entries.get(documentId);
  if (current?.templateId === entry.templateId && current.canChange === entry.canChange) return;
  entries.set(documentId, entry);
  for (const listener of [...listeners]) listener();
}

// The template each open document is checked against, shared by the selector and the panel.
export const documentTemplateStore = {
  get: (documentId: string): DocumentTemplate | null => entries.get(documentId) ?? null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  async load(documentId: string): Promise<void> {
    try {
      const document = await requestJson(documentPath(documentId), documentSchema);
      set(documentId, {
        templateId: document.template,
        canChange: document.permissions?.manageReport ?? false,
      });
    } catch (error: unknown) {
      logger.warn('could not read the document template', error);
    }
  },
  /** Stores the document's new template on the server, then shows it. */
  async change(documentId: string, templateId: string): Promise<void> {
    const { template } = await requestJson(documentPath(documentId), documentSchema, {
      method: 'PATCH',
      body: { template: templateId },
    });
    set(documentId, { templateId: template, canChange: true });
  },
};

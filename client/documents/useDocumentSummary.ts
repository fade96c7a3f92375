import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { documentsApi } from '../api/documentsApi.ts';
import { createLogger } from '../logging/createLogger.ts';

const logger = createLogger('http');

// The list entry of one document, or null while unknown (loading, missing, API down).
export function useDocumentSummary(documentId: string): DocumentSummary | null {
  const [summary, setSummary] = useState<DocumentSummary | null>(null);
  useEffect(() => {
    let current = true;
    documentsApi.list().then(
      (documents) => {
        if (current) setSummary(documents.find((document) => document.id === documentId) ?? null);
      },
      (error: unknown) => logger.warn('could not load the document summary', error),
    );
    return () => {
      current = false;
      setSummary(null);
    };
  }, [documentId]);
  return summary;
}

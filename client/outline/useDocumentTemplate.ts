import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { documentTemplateStore, type DocumentTemplate } from './documentTemplateStore.ts';

// The document's template and whether the user may change it; null until the server has said.
export function useDocumentTemplate(documentId: string): DocumentTemplate | null {
  const getSnapshot = useCallback(() => documentTemplateStore.get(documentId), [documentId]);
  const template = useSyncExternalStore(documentTemplateStore.subscribe, getSnapshot);
  useEffect(() => {
    void documentTemplateStore.load(documentId);
  }, [documentId]);
  return template;
}

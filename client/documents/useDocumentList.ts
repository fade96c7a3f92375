import { useCallback, useEffect, useState } from 'react';
import { documentsApi, type DocumentEntry } from '../api/documentsApi.ts';

export type DocumentListState =
  | { status: 'loading'; documents: readonly DocumentEntry[] }
  | { status: 'ready'; documents: readonly DocumentEntry[] }
  | { status: 'failed'; documents: readonly DocumentEntry[]; error: unknown };

const byUpdatedAtDescending = (a: DocumentEntry, b: DocumentEntry) =>
  b.updatedAt.localeCompare(a.updatedAt);

export function useDocumentList() {
  const [state, setState] = useState<DocumentListState>({ status: 'loading', documents: [] });

  const reload = useCallback(async () => {
    setState((previous) => ({ status: 'loading', documents: previous.documents }));
    try {
      const documents = await documentsApi.list();
      setState({ status: 'ready', documents: [...documents].sort(byUpdatedAtDescending) });
    } catch (error: unknown) {
      setState((previous) => ({ status: 'failed', documents: previous.documents, error }));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(
    async (title: string, template?: string) => {
      const created = await documentsApi.create(title, template);
      await reload();
      return created;
    },
    [reload],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      await documentsApi.rename(id, title);
      await reload();
    },
    [reload],
  );

  const remove = useCallback(
    async (id: string) => {
      await documentsApi.remove(id);
      await reload();
    },
    [reload],
  );

  return { state, reload, create, rename, remove };
}

import { useCallback } from 'react';
import { useAsyncList } from '../stores/useAsyncList.ts';
import { versionsApi } from './versionsApi.ts';

// The versions of one report, newest first; every change reloads the list from the server.
export function useVersionList(documentId: string) {
  const load = useCallback(() => versionsApi.list(documentId), [documentId]);
  const { state, reload } = useAsyncList(load);

  const create = useCallback(
    async (name: string) => {
      await versionsApi.create(documentId, name);
      await reload();
    },
    [documentId, reload],
  );
  const rename = useCallback(
    async (versionId: string, name: string) => {
      await versionsApi.rename(documentId, versionId, name);
      await reload();
    },
    [documentId, reload],
  );
  const remove = useCallback(
    async (versionId: string) => {
      await versionsApi.remove(documentId, versionId);
      await reload();
    },
    [documentId, reload],
  );
  const restore = useCallback(
    async (versionId: string) => {
      const result = await versionsApi.restore(documentId, versionId);
      await reload();
      return result;
    },
    [documentId, reload],
  );

  return { state, reload, create, rename, remove, restore };
}

import { useCallback, useEffect, useState } from 'react';
import { auditApi, type AuditEntry } from '../api/auditApi.ts';
import { mergeAuditEntries } from './mergeAuditEntries.ts';

const PAGE_SIZE = 100;

export interface AuditLogState {
  status: 'loading' | 'ready' | 'failed';
  entries: readonly AuditEntry[];
  // Where the next (older) page starts, or null when there is none.
  nextBefore: string | null;
  error: unknown;
}

// The audit log, newest first, a page at a time.
export function useAuditLog() {
  const [state, setState] = useState<AuditLogState>({
    status: 'loading',
    entries: [],
    nextBefore: null,
    error: null,
  });

  const loadPage = useCallback(async (shown: readonly AuditEntry[], before: string | null) => {
    setState((previous) => ({ ...previous, status: 'loading' }));
    try {
      const page = await auditApi.list({ before: before ?? undefined, limit: PAGE_SIZE });
      const entries = mergeAuditEntries(shown, page.entries);
      const grew = entries.length > shown.length;
      // A server that does not say where the next page starts is paged by the oldest id shown.
      const next =
        page.nextBefore !== undefined
          ? page.nextBefore
          : page.entries.length >= PAGE_SIZE
            ? (entries.at(-1)?.id ?? null)
            : null;
      setState({ status: 'ready', entries, nextBefore: grew ? next : null, error: null });
    } catch (error: unknown) {
      setState((previous) => ({ ...previous, status: 'failed', error }));
    }
  }, []);

  useEffect(() => {
    void loadPage([], null);
  }, [loadPage]);

  const { entries, nextBefore } = state;
  const loadMore = useCallback(
    () => loadPage(entries, nextBefore),
    [loadPage, entries, nextBefore],
  );
  return { state, loadMore };
}

import { useCallback, useEffect, useState } from 'react';

export type AsyncListState<T> =
  | { status: 'loading'; items: readonly T[] }
  | { status: 'ready'; items: readonly T[] }
  | { status: 'failed'; items: readonly T[]; error: unknown };

// A list fetched from the API, kept while it reloads so that the page does not flicker.
export function useAsyncList<T>(load: () => Promise<readonly T[]>) {
  const [state, setState] = useState<AsyncListState<T>>({ status: 'loading', items: [] });

  const reload = useCallback(async () => {
    setState((previous) => ({ status: 'loading', items: previous.items }));
    try {
      const items = await load();
      setState({ status: 'ready', items });
    } catch (error: unknown) {
      setState((previous) => ({ status: 'failed', items: previous.items, error }));
    }
  }, [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload };
}

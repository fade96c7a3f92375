import { useEffect, useState } from 'react';

export type AsyncResult<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

// Runs `load` once per change of `load` (memoize it) and ignores answers that arrive too late.
export function useAsyncResult<T>(load: () => Promise<T>): AsyncResult<T> {
  const [result, setResult] = useState<AsyncResult<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setResult({ status: 'loading' });
    load().then(
      (value) => current && setResult({ status: 'ready', value }),
      (error: unknown) => current && setResult({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return result;
}

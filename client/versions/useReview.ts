import { useCallback, useEffect, useState } from 'react';
import type { ReviewState } from '../../shared/versions/versionApi.ts';
import { versionsApi } from './versionsApi.ts';

export type ReviewLoad =
  | { status: 'loading'; review: ReviewState | null }
  | { status: 'ready'; review: ReviewState }
  | { status: 'failed'; review: ReviewState | null; error: unknown };

// The review state of one report. Actions throw for the caller to show; on success the answer
// replaces the state. Reloads when the window regains focus, as others may have acted meanwhile.
export function useReview(documentId: string) {
  const [state, setState] = useState<ReviewLoad>({ status: 'loading', review: null });

  const reload = useCallback(async () => {
    setState((previous) => ({ status: 'loading', review: previous.review }));
    try {
      setState({ status: 'ready', review: await versionsApi.review(documentId) });
    } catch (error: unknown) {
      setState((previous) => ({ status: 'failed', review: previous.review, error }));
    }
  }, [documentId]);

  useEffect(() => {
    void reload();
    const handleFocus = () => void reload();
    window.addEventListener('focus', handleFocus);
    return () => window.removeEventListener('focus', handleFocus);
  }, [reload]);

  const act = useCallback(async (action: () => Promise<ReviewState>) => {
    const review = await action();
    setState({ status: 'ready', review });
  }, []);

  const request = useCallback(
    (note: string) => act(() => versionsApi.requestReview(documentId, note)),
    [act, documentId],
  );
  const returnReview = useCallback(
    (comment: string) => act(() => versionsApi.returnReview(documentId, comment)),
    [act, documentId],
  );
  const approve = useCallback(
    (acknowledgeWarnings: boolean) =>
      act(() => versionsApi.approve(documentId, acknowledgeWarnings)),
    [act, documentId],
  );

  return { state, reload, request, returnReview, approve };
}

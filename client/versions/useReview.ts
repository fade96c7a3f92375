import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewState } from '../../shared/versions/versionApi.ts';
import { usePolling } from './usePolling.ts';
import { versionsApi } from './versionsApi.ts';

export type ReviewLoad =
  | { status: 'loading'; review: ReviewState | null }
  | { status: 'ready'; review: ReviewState }
  | { status: 'failed'; review: ReviewState | null; error: unknown };

// The review state of one report, kept live while the editor is open: fetched again every
// POLL_INTERVAL_MS and when the window regains focus, as others may act meanwhile. Actions throw
// for the caller to show; on success their answer replaces the state.
export function useReview(documentId: string) {
  const [state, setState] = useState<ReviewLoad>({ status: 'loading', review: null });
  // A load's answer counts only if no other load or action started after it and no action is
  // running, so that a poll answered late cannot undo an approval on screen.
  const generation = useRef(0);
  const acting = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    const isLatest = () => mine === generation.current && acting.current === 0;
    setState((previous) => ({ status: 'loading', review: previous.review }));
    try {
      const review = await versionsApi.review(documentId);
      if (isLatest()) setState({ status: 'ready', review });
    } catch (error: unknown) {
      if (!isLatest()) return;
      setState((previous) => ({ status: 'failed', review: previous.review, error }));
    }
  }, [documentId]);

  useEffect(() => {
    void reload();
  }, [reload]);
  usePolling(() => void reload());

  const act = useCallback(async (action: () => Promise<ReviewState>) => {
    acting.current += 1;
    try {
      const review = await action();
      generation.current += 1;
      setState({ status: 'ready', review });
    } finally {
      acting.current -= 1;
    }
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

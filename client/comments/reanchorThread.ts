import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { createLogger } from '../logging/createLogger.ts';
import { commentRequests } from './commentRequests.ts';
import type { DriftedAnchor } from './findDriftedAnchors.ts';

const logger = createLogger('sync');

// Gives a thread new positions over its passage: at once here, then for everyone through the
// server. If the server refuses, its next push puts the old anchor back.
export function reanchorThread(session: CollabSession, { threadId, start, end }: DriftedAnchor) {
  const thread = session.comments.getSnapshot().threads.find((known) => known.id === threadId);
  if (!thread) return;
  session.comments.apply({ thread: { ...thread, anchor: { ...thread.anchor, start, end } } });
  commentRequests(session.requester)
    .reanchor(threadId, start, end)
    .catch((error: unknown) => {
      logger.warn('moving a comment anchor failed', error);
      session.comments.apply({ thread });
    });
}

import { REQUEST_KIND } from '../../shared/protocol/realtimeRequests.ts';
import type { RealtimeRequester } from '../collaboration/RealtimeRequester.ts';

// Ends one's own lock, or with `force` (leaders, owners) someone else's.
export async function releaseSectionLock(
  requester: RealtimeRequester,
  sectionId: string,
  force = false,
): Promise<void> {
  await requester.request(REQUEST_KIND.lockRelease, force ? { sectionId, force } : { sectionId });
}

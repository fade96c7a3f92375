import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import { sectionLockSchema } from '../../shared/locks/lockMessages.ts';
import { REQUEST_KIND } from '../../shared/protocol/realtimeRequests.ts';
import type { RealtimeRequester } from '../collaboration/RealtimeRequester.ts';

// Asks the server for a lock; rejects with a RealtimeRequestError (e.g. `lock_conflict`).
export async function claimSectionLock(
  requester: RealtimeRequester,
  sectionId: string,
): Promise<SectionLock> {
  const result = await requester.request(REQUEST_KIND.lockClaim, { sectionId });
  return sectionLockSchema.parse(result);
}

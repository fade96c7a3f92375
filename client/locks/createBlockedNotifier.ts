import type { SectionLock } from '../../shared/locks/SectionLock.ts';
import type { NoticeStore } from '../collaboration/NoticeStore.ts';

const QUIET_MS = 3_000;

// Tells the user once, not on every refused keystroke, whose lock stopped their change.
export function createBlockedNotifier(
  notices: Pick<NoticeStore, 'add'>,
  now: () => number = Date.now,
): (lock: SectionLock) => void {
  let last: { holderId: string; at: number } | null = null;
  return (lock) => {
    const at = now();
    if (last && last.holderId === lock.holderId && at - last.at < QUIET_MS) return;
    last = { holderId: lock.holderId, at };
    notices.add('warning', { key: 'lock.blocked', params: { name: lock.holderName } });
  };
}

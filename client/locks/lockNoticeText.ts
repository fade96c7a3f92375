import type { LockNotice } from '../../shared/locks/lockMessages.ts';
import type { NoticeText } from '../collaboration/NoticeStore.ts';

// What the holder is told when a lock of theirs ends without them releasing it.
export function lockNoticeText(notice: LockNotice, section: string): NoticeText {
  switch (notice.kind) {
    case 'forceReleased':
      return notice.by
        ? { key: 'lock.forceReleased', params: { section, by: notice.by } }
        : { key: 'lock.forceReleasedUnknown', params: { section } };
    case 'expired':
      return { key: 'lock.expired', params: { section } };
    case 'disconnected':
      return { key: 'lock.disconnected', params: { section } };
  }
}

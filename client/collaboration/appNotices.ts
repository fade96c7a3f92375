import { createNoticeStore } from './NoticeStore.ts';

// Notices that outlive the page that raised them, e.g. "you were removed from the report" shown on
// the document list after the editor closed.
export const appNotices = createNoticeStore();

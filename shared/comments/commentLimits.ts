/** Longest comment text, in UTF-16 code units. */
export const MAX_COMMENT_LENGTH = 4000;

/** Longest quoted passage kept with a thread; longer selections keep their start, with `…`. */
export const MAX_QUOTE_LENGTH = 500;

/** Most members one comment may mention. */
export const MAX_MENTIONS = 20;

/** Most threads one report may hold, so that one member cannot flood everyone's panel. */
export const MAX_THREADS_PER_REPORT = 2000;

/** Most replies one thread may hold. */
export const MAX_REPLIES_PER_THREAD = 500;

/** Most comments one report may hold, over all its threads. */
export const MAX_COMMENTS_PER_REPORT = 10_000;

/** Comment requests one socket may send at once, refilled at `COMMENT_REQUESTS_PER_SECOND`. */
export const COMMENT_REQUEST_BURST = 30;
export const COMMENT_REQUESTS_PER_SECOND = 5;

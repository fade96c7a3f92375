import { useMemo } from 'react';
import type { CollabSession } from '../collaboration/createCollabSession.ts';
import { RealtimeRequestError } from '../collaboration/RealtimeRequestError.ts';
import type { NoticeText } from '../collaboration/NoticeStore.ts';
import { languageStore } from '../i18n/languageStore.ts';
import { translate } from '../i18n/translate.ts';
import { commentRequests } from './commentRequests.ts';

function failureNotice(error: unknown): NoticeText {
  if (error instanceof RealtimeRequestError && error.text) return error.text;
  const code = error instanceof RealtimeRequestError ? error.code : 'failed';
  const language = languageStore.getSnapshot();
  const reason =
    code === 'offline'
      ? translate(language, 'comments.offline')
      : code === 'timeout'
        ? translate(language, 'comments.timeout')
        : code;
  return { key: 'comments.failed', params: { reason } };
}

// The comment requests of a session; a failure becomes a notice and is rethrown to the caller.
export function useCommentActions(session: CollabSession) {
  return useMemo(() => {
    const requests = commentRequests(session.requester);
    const reported =
      <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        try {
          return await action(...args);
        } catch (error: unknown) {
          session.notices.add('error', failureNotice(error));
          throw error;
        }
      };
    return {
      create: reported(requests.create),
      reply: reported(requests.reply),
      edit: reported(requests.edit),
      remove: reported(requests.remove),
      resolve: reported(requests.resolve),
      reopen: reported(requests.reopen),
      markMentionsSeen: async () => {
        try {
          session.comments.markMentionsSeen(await requests.markMentionsSeen());
        } catch {
          // Unread marks come back on the next try; nothing the reader must act on.
        }
      },
    };
  }, [session]);
}

export type CommentActions = ReturnType<typeof useCommentActions>;

import {
  mentionsSeenSchema,
  type CreateThreadPayload,
  type DeleteCommentPayload,
  type EditCommentPayload,
  type ReplyPayload,
} from '../../shared/comments/commentMessages.ts';
import { commentThreadSchema, type CommentThread } from '../../shared/comments/CommentThread.ts';
import { REQUEST_KIND } from '../../shared/protocol/realtimeRequests.ts';
import type { RealtimeRequester } from '../collaboration/RealtimeRequester.ts';

// Thread requests on the realtime channel; each rejects with a RealtimeRequestError.
export function commentRequests(requester: RealtimeRequester) {
  const thread = async (kind: string, payload: unknown): Promise<CommentThread> =>
    commentThreadSchema.parse(await requester.request(kind, payload));
  return {
    create: (payload: CreateThreadPayload) => thread(REQUEST_KIND.commentCreate, payload),
    reply: (payload: ReplyPayload) => thread(REQUEST_KIND.commentReply, payload),
    edit: (payload: EditCommentPayload) => thread(REQUEST_KIND.commentEdit, payload),
    remove: (payload: DeleteCommentPayload) =>
      requester.request(REQUEST_KIND.commentDelete, payload),
    reanchor: (threadId: string, start: string, end: string) =>
      thread(REQUEST_KIND.commentReanchor, { threadId, start, end }),
    resolve: (threadId: string) => thread(REQUEST_KIND.commentResolve, { threadId }),
    reopen: (threadId: string) => thread(REQUEST_KIND.commentReopen, { threadId }),
    markMentionsSeen: async () =>
      mentionsSeenSchema.parse(await requester.request(REQUEST_KIND.commentMentionsSeen, {}))
        .mentionsSeenAt,
  };
}

export type CommentRequests = ReturnType<typeof commentRequests>;

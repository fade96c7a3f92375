import * as Y from 'yjs';
import { encodeAnchorPosition } from '../../../shared/comments/anchorPositions.ts';
import type { CommentThread } from '../../../shared/comments/CommentThread.ts';
import {
  resolveAnchorRange,
  type AnchorRange,
} from '../../../shared/comments/resolveAnchorRange.ts';
import type { ResponsePayload } from '../../../shared/protocol/customMessages.ts';
import { REQUEST_KIND } from '../../../shared/protocol/realtimeRequests.ts';
import { createClient, type TestClient } from '../../helpers/createClient.ts';
import type { TestServer, TestUser } from '../../helpers/createTestServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/** A client of `user` that said hello, synced and received the report's threads. */
export async function openCommenter(
  server: TestServer,
  id: string,
  user: TestUser,
): Promise<TestClient> {
  const client = createClient(server, id, { cookie: user.cookie, hello: true });
  await client.whenSynced();
  await waitFor(() => client.commentsReceived, { message: 'the comment threads' });
  return client;
}

/** The anchor positions of characters [from, to) of `text`. */
export function anchorOn(text: Y.XmlText, from: number, to: number) {
  return { start: encodeAnchorPosition(text, from, 0), end: encodeAnchorPosition(text, to, -1) };
}

/** Opens a thread on [from, to) of `text`; resolves with the whole response. */
export function openThread(
  client: TestClient,
  text: Y.XmlText,
  from: number,
  to: number,
  comment: string,
  mentions: string[] = [],
): Promise<ResponsePayload> {
  return client.request(REQUEST_KIND.commentCreate, {
    ...anchorOn(text, from, to),
    text: comment,
    mentions,
  });
}

/** The thread a successful response answered with; throws on a refusal. */
export function threadOf(response: ResponsePayload): CommentThread {
  if (!response.ok) throw new Error(`refused: ${response.error?.message.en}`);
  return response.result as CommentThread;
}

/** Where the thread's passage is on this client's replica. */
export function rangeOn(client: TestClient, thread: CommentThread): AnchorRange | null {
  return resolveAnchorRange(client.doc, client.fragment, thread.anchor);
}

/** The text the range covers, read from the same offsets the anchors resolve to. */
export function textInRange(fragment: Y.XmlFragment, range: AnchorRange): string {
  let offset = 0;
  let result = '';
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      const text = node.toString();
      result += text.slice(Math.max(range.start - offset, 0), Math.max(range.end - offset, 0));
      offset += node.length;
    } else if (!(node instanceof Y.XmlHook)) node.toArray().forEach(visit);
  };
  visit(fragment);
  return result;
}

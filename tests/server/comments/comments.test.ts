import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REQUEST_ERROR, REQUEST_KIND } from '../../../shared/protocol/realtimeRequests.ts';
import type { TestClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import {
  claim,
  createReport,
  createTeam,
  type SampleSections,
  type Team,
} from '../locks/lockFixture.ts';
import {
  anchorOn,
  openCommenter,
  openThread,
  rangeOn,
  textInRange,
  threadOf,
} from './commentFixture.ts';

describe('comment threads', () => {
  let server: TestServer;
  let team: Team;
  let id: string;
  let sections: SampleSections;
  const open: TestClient[] = [];

  const connect = async (user: keyof Team) => {
    const client = await openCommenter(server, id, team[user]);
    open.push(client);
    return client;
  };
  const bodyOf = (client: TestClient, sectionId: string, paragraph = 0) =>
    sectionText(findSection(client.fragment, sectionId), paragraph);

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
    ({ id, sections } = await createReport(server, team));
  });

  afterAll(async () => {
    for (const client of open) client.destroy();
    await server.close();
  });

  it('follows its passage through concurrent inserts before, inside and after it', async () => {
    const wang = await connect('wang');
    const zhang = await connect('zhang');
    const li = await connect('li');
    const text = bodyOf(wang, sections.a1);
    const original = text.toString();
    const thread = threadOf(await openThread(wang, text, 4, 12, '这里的数据需要核实'));
    expect(thread.anchor.quote).toBe(original.slice(4, 12));
    expect(thread.anchor.sectionId).toBe(sections.a1);
    await waitFor(() => zhang.threads.has(thread.id) && li.threads.has(thread.id));

    // Two writers at once, neither having seen the other's edits; indices are in each one's own
    // copy, so li's 紧后 lands right after the passage's end and 紧前 right before its start.
    bodyOf(zhang, sections.a1).insert(0, '前插');
    bodyOf(li, sections.a1).insert(8, '中插');
    bodyOf(zhang, sections.a1).insert(16, '后插');
    bodyOf(li, sections.a1).insert(14, '紧后');
    bodyOf(li, sections.a1).insert(4, '紧前');
    const replicas = [wang, zhang, li];
    await waitFor(
      () =>
        replicas.every(
          (client) =>
            bodyOf(client, sections.a1).toString() === bodyOf(wang, sections.a1).toString(),
        ) && bodyOf(wang, sections.a1).length === original.length + 10,
    );

    const ranges = replicas.map((client) => rangeOn(client, thread));
    expect(ranges[1]).toEqual(ranges[0]);
    expect(ranges[2]).toEqual(ranges[0]);
    const passage = textInRange(wang.fragment, ranges[0]!);
    expect(passage).toBe(`${original.slice(4, 8)}中插${original.slice(8, 12)}`);
  });

  it('keeps a thread whose passage was deleted, detached, with its quote', async () => {
    const wang = await connect('wang');
    const zhang = await connect('zhang');
    const text = bodyOf(wang, sections.b1);
    const quote = text.toString().slice(2, 9);
    const thread = threadOf(await openThread(wang, text, 2, 9, '此句删去？'));
    await waitFor(() => zhang.threads.has(thread.id));
    bodyOf(zhang, sections.b1).delete(1, 10);
    await waitFor(() => rangeOn(wang, thread) === null);
    expect(rangeOn(zhang, thread)).toBeNull();
    expect(wang.threads.get(thread.id)?.anchor.quote).toBe(quote);

    const late = await connect('li');
    expect(late.threads.get(thread.id)?.anchor.quote).toBe(quote);
    expect(rangeOn(late, thread)).toBeNull();
  });

  it('lets a leader comment on a section a drafter locked, without changing the text', async () => {
    const zhang = await connect('zhang');
    const wang = await connect('wang');
    expect((await claim(zhang, sections.a2)).ok).toBe(true);
    await waitFor(() => wang.locks?.some((lock) => lock.sectionId === sections.a2) ?? false);
    const before = Y.encodeStateVector(zhang.doc);
    const thread = threadOf(
      await openThread(wang, bodyOf(wang, sections.a2), 0, 6, '请补充具体数字'),
    );
    expect(thread.anchor.sectionId).toBe(sections.a2);
    await waitFor(() => zhang.threads.has(thread.id));
    expect(Y.encodeStateVector(zhang.doc)).toEqual(before);
    expect(wang.rejections).toEqual([]);
  });

  it("refuses a viewer's comment and changes nothing", async () => {
    const zhao = await connect('zhao');
    const wang = await connect('wang');
    const count = wang.threads.size;
    const response = await openThread(zhao, bodyOf(zhao, sections.c), 0, 4, '我也想说');
    expect(response).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.forbidden } });
    const thread = threadOf(await openThread(wang, bodyOf(wang, sections.c), 0, 4, '好'));
    await waitFor(() => zhao.threads.has(thread.id));
    expect(zhao.threads.size).toBe(count + 1);
    const reply = await zhao.request(REQUEST_KIND.commentReply, {
      threadId: thread.id,
      text: '收到',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.forbidden } });
    for (const kind of [REQUEST_KIND.commentResolve, REQUEST_KIND.commentReopen]) {
      expect(await zhao.request(kind, { threadId: thread.id })).toMatchObject({
        ok: false,
        error: { code: REQUEST_ERROR.forbidden },
      });
    }
  });

  it("lets nobody edit or delete another's comment; those in the thread and leaders resolve", async () => {
    const zhang = await connect('zhang');
    const li = await connect('li');
    const wang = await connect('wang');
    const thread = threadOf(await openThread(zhang, bodyOf(zhang, sections.b2), 0, 5, '初稿意见'));
    const [first] = thread.comments;
    const replied = threadOf(
      await wang.request(REQUEST_KIND.commentReply, { threadId: thread.id, text: '同意' }),
    );
    const reply = replied.comments[1]!;

    for (const [client, comment] of [
      [li, first!],
      [wang, first!],
      [zhang, reply],
    ] as const) {
      const target = { threadId: thread.id, commentId: comment.id };
      expect(
        await client.request(REQUEST_KIND.commentEdit, { ...target, text: '改掉' }),
      ).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.forbidden } });
      expect(await client.request(REQUEST_KIND.commentDelete, target)).toMatchObject({
        ok: false,
        error: { code: REQUEST_ERROR.forbidden },
      });
    }
    expect(await li.request(REQUEST_KIND.commentResolve, { threadId: thread.id })).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.forbidden },
    });

    const edited = threadOf(
      await zhang.request(REQUEST_KIND.commentEdit, {
        threadId: thread.id,
        commentId: first!.id,
        text: '初稿意见（已修改）',
      }),
    );
    expect(edited.comments[0]).toMatchObject({
      text: '初稿意见（已修改）',
      authorId: team.zhang.id,
    });
    expect(edited.comments[0]!.editedAt).not.toBeNull();
    expect(edited.comments[1]).toMatchObject({ text: '同意', authorId: team.wang.id });

    const resolved = threadOf(
      await wang.request(REQUEST_KIND.commentResolve, { threadId: thread.id }),
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolvedBy: { userId: team.wang.id } });
    await waitFor(() => zhang.threads.get(thread.id)?.status === 'resolved');
    const reopened = threadOf(
      await zhang.request(REQUEST_KIND.commentReopen, { threadId: thread.id }),
    );
    expect(reopened).toMatchObject({ status: 'open', resolvedBy: null });

    // The opening comment with a reply left stays as a tombstone; the last one takes the thread.
    const deleted = await zhang.request(REQUEST_KIND.commentDelete, {
      threadId: thread.id,
      commentId: first!.id,
    });
    expect(deleted).toMatchObject({ ok: true, result: { threadDeleted: false } });
    await waitFor(() => li.threads.get(thread.id)?.comments[0]?.deleted === true);
    expect(li.threads.get(thread.id)?.comments[0]?.text).toBe('');
    const gone = await wang.request(REQUEST_KIND.commentDelete, {
      threadId: thread.id,
      commentId: reply.id,
    });
    expect(gone).toMatchObject({ ok: true, result: { threadDeleted: true } });
    await waitFor(() => !li.threads.has(thread.id));
  });

  it('stores a script or HTML payload as the exact text, nothing more', async () => {
    const wang = await connect('wang');
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"> & </textarea>';
    const thread = threadOf(await openThread(wang, bodyOf(wang, sections.a3), 0, 3, payload));
    expect(thread.comments[0]!.text).toBe(payload);
    const listed = await server.api(`/api/documents/${id}/comments`);
    const body = (await listed.json()) as {
      threads: Array<{ id: string; comments: Array<{ text: string }> }>;
    };
    expect(
      body.threads.find((listedThread) => listedThread.id === thread.id)?.comments[0]?.text,
    ).toBe(payload);
  });

  it('records mentions of members, refuses strangers and remembers when mentions were read', async () => {
    const wang = await connect('wang');
    const zhang = await connect('zhang');
    const stranger = await server.createUser('stranger', { displayName: '外人' });
    const refused = await openThread(wang, bodyOf(wang, sections.a4), 0, 3, '@外人 看看', [
      stranger.id,
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.invalidPayload } });

    const thread = threadOf(
      await openThread(wang, bodyOf(wang, sections.a4), 0, 3, '@张三 请修改', [team.zhang.id]),
    );
    expect(thread.comments[0]!.mentions).toEqual([{ userId: team.zhang.id, name: '张三' }]);
    const seen = await zhang.request(REQUEST_KIND.commentMentionsSeen, {});
    expect(seen).toMatchObject({ ok: true, result: { mentionsSeenAt: expect.any(String) } });
    const again = await openCommenter(server, id, team.zhang);
    open.push(again);
    expect(again.mentionsSeenAt).toBe((seen.result as { mentionsSeenAt: string }).mentionsSeenAt);
    expect(again.threads.get(thread.id)?.comments[0]?.mentions[0]?.userId).toBe(team.zhang.id);
  });

  it('refuses malformed requests and unknown threads', async () => {
    const wang = await connect('wang');
    const count = wang.threads.size;
    const bad = [
      { start: '!!!', end: 'AAAA', text: '坏位置' },
      { start: 'AAAA', end: 'AAAA', text: '坏位置' },
      { text: '没有位置' },
      { ...{ start: 'AQ==', end: 'AQ==' }, text: '' },
    ];
    for (const payload of bad) {
      const response = await wang.request(REQUEST_KIND.commentCreate, payload);
      expect(response).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.invalidPayload } });
    }
    const long = await openThread(wang, bodyOf(wang, sections.c), 0, 2, '长'.repeat(4001));
    expect(long).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.invalidPayload } });
    const collapsed = await openThread(wang, bodyOf(wang, sections.c), 3, 3, '空选区');
    expect(collapsed).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.invalidPayload } });
    const missing = await wang.request(REQUEST_KIND.commentReply, {
      threadId: 'nope',
      text: '回复',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.notFound } });
    expect(wang.threads.size).toBe(count);
    expect(wang.closes).toEqual([]);
  });

  it('applies a role change at once, and strips direction overrides from text', async () => {
    const li = await connect('li');
    const spoof = threadOf(await openThread(li, bodyOf(li, sections.b1), 0, 2, '同意\u202E意同'));
    expect(spoof.comments[0]!.text).toBe('同意意同');
    const changed = await server.api(`/api/documents/${id}/members/${team.li.id}`, {
      method: 'PATCH',
      json: { role: 'viewer' },
    });
    expect(changed.status).toBe(200);
    await waitFor(async () => {
      const answer = await openThread(li, bodyOf(li, sections.b1), 0, 2, '降级后');
      return answer.error?.code === REQUEST_ERROR.forbidden;
    });
    await server.api(`/api/documents/${id}/members/${team.li.id}`, {
      method: 'PATCH',
      json: { role: 'drafter' },
    });
  });

  it('refuses positions outside the report and threads of another report', async () => {
    const wang = await connect('wang');
    const foreign = Buffer.from(
      Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('x'), 0)),
    ).toString('base64');
    const refused = await wang.request(REQUEST_KIND.commentCreate, {
      start: foreign,
      end: foreign,
      text: '根类型',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.invalidPayload } });

    const thread = threadOf(await openThread(wang, bodyOf(wang, sections.c), 0, 2, '本报告'));
    const { id: otherId } = await createReport(server, team);
    const other = await openCommenter(server, otherId, team.wang);
    open.push(other);
    for (const [kind, payload] of [
      [REQUEST_KIND.commentReply, { threadId: thread.id, text: '串台' }],
      [REQUEST_KIND.commentResolve, { threadId: thread.id }],
      [REQUEST_KIND.commentDelete, { threadId: thread.id, commentId: thread.comments[0]!.id }],
    ] as const) {
      expect(await other.request(kind, payload)).toMatchObject({
        ok: false,
        error: { code: REQUEST_ERROR.notFound },
      });
    }
  });

  it('moves an anchor to new positions over live text, for commenters only', async () => {
    const wang = await connect('wang');
    const zhao = await connect('zhao');
    const text = bodyOf(wang, sections.b2, 0);
    const thread = threadOf(await openThread(wang, text, 0, 3, '移动锚点'));
    const moved = { threadId: thread.id, ...anchorOn(text, 1, 4) };
    expect(await zhao.request(REQUEST_KIND.commentReanchor, moved)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.forbidden },
    });
    const answer = threadOf(await wang.request(REQUEST_KIND.commentReanchor, moved));
    expect(answer.anchor).toMatchObject({
      start: moved.start,
      end: moved.end,
      quote: thread.anchor.quote,
    });
    await waitFor(() => zhao.threads.get(thread.id)?.anchor.start === moved.start);
    const empty = { threadId: thread.id, ...anchorOn(text, 2, 2) };
    expect(await wang.request(REQUEST_KIND.commentReanchor, empty)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.invalidPayload },
    });
  });

  it('keeps only mentions named in the text, and limits how fast one socket comments', async () => {
    const wang = await connect('wang');
    const thread = threadOf(
      await openThread(wang, bodyOf(wang, sections.c), 1, 3, '没有点名', [team.zhang.id]),
    );
    expect(thread.comments[0]!.mentions).toEqual([]);
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => wang.request(REQUEST_KIND.commentMentionsSeen, {})),
    );
    expect(answers.some((answer) => answer.error?.code === REQUEST_ERROR.rateLimited)).toBe(true);
    expect(wang.closes).toEqual([]);
  });

  it('counts open threads for the checker and keeps every thread across a restart', async () => {
    const before = (await (await server.api(`/api/documents/${id}/comments`)).json()) as {
      threads: Array<{ id: string; status: string }>;
      openThreadCount: number;
    };
    expect(before.openThreadCount).toBe(before.threads.filter((t) => t.status === 'open').length);
    const check = (await (await server.api(`/api/documents/${id}/check`)).json()) as {
      openThreadCount: number;
    };
    expect(check.openThreadCount).toBe(before.openThreadCount);

    for (const client of open.splice(0)) client.destroy();
    await server.restart();
    const late = await openCommenter(server, id, team.li);
    open.push(late);
    expect([...late.threads.keys()].sort()).toEqual(before.threads.map((t) => t.id).sort());
  });
});

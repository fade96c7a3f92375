import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FrozenVersionError } from '../../../server/storage/FrozenVersionError.ts';
import { SqliteVersionStore } from '../../../server/storage/SqliteVersionStore.ts';
import { encodeAnchorPosition } from '../../../shared/comments/anchorPositions.ts';
import { REQUEST_KIND } from '../../../shared/protocol/realtimeRequests.ts';
import { NODE } from '../../../shared/schema/nodeNames.ts';
import type {
  ReviewState,
  SubmissionRefusal,
  VersionDetail,
} from '../../../shared/versions/versionApi.ts';
import { createClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { importReport } from '../../helpers/importReport.ts';
import {
  DRAFT_TEXT,
  expectJson,
  listVersions,
  readVersion,
  reviewState,
  versionsPath,
} from './versionFixture.ts';

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Replaces `from` with `to` in the first paragraph holding it, as an editor would. */
function replaceText(fragment: Y.XmlFragment, from: string, to: string): void {
  for (const node of fragment.createTreeWalker((n) => n instanceof Y.XmlElement)) {
    const element = node as Y.XmlElement;
    if (element.nodeName !== NODE.paragraph) continue;
    const text = element.get(0);
    if (!(text instanceof Y.XmlText)) continue;
    const at = text.toString().indexOf(from);
    if (at < 0) continue;
    text.delete(at, from.length);
    text.insert(at, to);
    return;
  }
  throw new Error(`no paragraph holds ${from}`);
}

describe('submission', () => {
  let server: TestServer;
  let drafter: TestUser;
  let leader: TestUser;
  let viewer: TestUser;
  let id: string;

  const post = (step: string, json: unknown, user: TestUser) =>
    server.api(`/api/documents/${id}/review/${step}`, { method: 'POST', json }, user.cookie);

  async function edit(from: string, to: string): Promise<void> {
    const client = createClient(server, id, { cookie: drafter.cookie, hello: true });
    try {
      await client.whenSynced();
      replaceText(client.fragment, from, to);
      await client.whenStored();
    } finally {
      client.destroy();
    }
  }

  beforeAll(async () => {
    server = await createTestServer();
    drafter = await server.createUser('zhang', { displayName: '张三' });
    leader = await server.createUser('wang', { displayName: '王五' });
    viewer = await server.createUser('zhao', { displayName: '赵六' });
    ({ id } = await importReport(server, DRAFT_TEXT));
    await server.addMember(id, 'zhang', 'drafter');
    await server.addMember(id, 'wang', 'leader');
    await server.addMember(id, 'zhao', 'viewer');
  });
  afterAll(async () => {
    await server.close();
  });

  it('goes draft → review → returned → review, each step by its role', async () => {
    expect(await reviewState(server, id)).toEqual({
      status: 'draft',
      history: [],
      submittedVersionId: null,
      requestedVersionId: null,
      changedSinceRequest: null,
    });
    expect((await post('request', {}, viewer)).status).toBe(403);
    expect((await post('approve', {}, drafter)).status).toBe(403);
    expect((await post('return', { comment: '不行' }, drafter)).status).toBe(403);
    await expectJson<ReviewState>(await post('request', { note: '请审阅' }, drafter));
    const twice = await post('request', {}, drafter);
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as { error: { message: string } }).error.message).toBe(
      '报告当前状态为“待审核”，不能进行此操作。',
    );
    expect((await post('return', {}, leader)).status).toBe(400);
    expect((await post('return', { comment: '  ' }, leader)).status).toBe(400);
    const returned = await expectJson<ReviewState>(
      await post('return', { comment: '请补充培训次数' }, leader),
    );
    expect(returned.status).toBe('returned');
    const again = await expectJson<ReviewState>(await post('request', {}, drafter));
    expect(again.status).toBe('inReview');
    expect(again.history.map((event) => [event.action, event.userName, event.comment])).toEqual([
      ['request', '张三', '请审阅'],
      ['return', '王五', '请补充培训次数'],
      ['request', '张三', null],
    ]);
  });

  it('is refused with an outline error, then warnings need acknowledging', async () => {
    const refused = await post('approve', { acknowledgeWarnings: true }, leader);
    expect(refused.status).toBe(409);
    const refusal = (await refused.json()) as SubmissionRefusal;
    expect(refusal.reason).toBe('outlineErrors');
    expect(refusal.error.code).toBe('conflict');
    expect(refusal.findings.map((finding) => finding.rule)).toContain('proofread.placeholder');
    expect((await listVersions(server, id)).filter((version) => version.frozen)).toEqual([]);
    expect((await reviewState(server, id)).status).toBe('inReview');

    // Approval judges what was submitted: the fix counts once it is submitted again.
    await edit('XX', '12');
    const stillRefused = await post('approve', { acknowledgeWarnings: true }, leader);
    expect(((await stillRefused.json()) as SubmissionRefusal).reason).toBe('outlineErrors');
    await expectJson<ReviewState>(await post('return', { comment: '请改正' }, leader));
    await expectJson<ReviewState>(await post('request', {}, drafter));
    const unacknowledged = await post('approve', {}, leader);
    expect(unacknowledged.status).toBe(409);
    const warning = (await unacknowledged.json()) as SubmissionRefusal;
    expect(warning.reason).toBe('warningsUnacknowledged');
    expect(warning.findings.map((finding) => finding.rule)).toContain('proofread.misusedWord');
    expect(warning.findings.some((finding) => finding.severity === 'error')).toBe(false);

    const approved = await expectJson<ReviewState>(
      await post('approve', { acknowledgeWarnings: true }, leader),
    );
    expect(approved.status).toBe('approved');
    expect(approved.history.at(-1)).toMatchObject({ action: 'approve', userName: '王五' });
    expect(approved.submittedVersionId).toBe(approved.history.at(-1)?.versionId);
    const version = await readVersion(server, id, approved.submittedVersionId!);
    expect(version).toMatchObject({
      kind: 'submitted',
      frozen: true,
      authorName: '王五',
      openThreadCount: 0,
      outline: { errors: 0 },
    });
    expect(version.outline.warnings).toBeGreaterThan(0);
    expect(version.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(version.report)).toContain('教师培训12次');
    expect((await post('approve', { acknowledgeWarnings: true }, leader)).status).toBe(409);
  });

  it('freezes a version whose hash is stable and is that of its .txt export', async () => {
    const { submittedVersionId } = await reviewState(server, id);
    const first = await readVersion(server, id, submittedVersionId!);
    const exportTxt = async () => {
      const response = await server.api(
        versionsPath(id, `/${submittedVersionId}/export?format=txt`),
      );
      expect(response.status).toBe(200);
      return new Uint8Array(await response.arrayBuffer());
    };
    expect(sha256(await exportTxt())).toBe(first.sha256);

    await edit('庚续', '赓续');
    const second = await readVersion(server, id, submittedVersionId!);
    expect(second.sha256).toBe(first.sha256);
    expect(second.report).toEqual(first.report);
    expect(sha256(await exportTxt())).toBe(first.sha256);
  });

  it('can be neither changed nor deleted, by any route, by anyone', async () => {
    const { submittedVersionId } = await reviewState(server, id);
    const versionId = submittedVersionId!;
    const before = await readVersion(server, id, versionId);
    for (const cookie of [server.adminCookie, drafter.cookie, leader.cookie]) {
      const renamed = await server.api(
        versionsPath(id, `/${versionId}`),
        { method: 'PATCH', json: { name: '改个名字' } },
        cookie,
      );
      expect(renamed.status).toBe(409);
      const deleted = await server.api(
        versionsPath(id, `/${versionId}`),
        { method: 'DELETE' },
        cookie,
      );
      expect(deleted.status).toBe(409);
    }
    const deleteReport = await server.api(`/api/documents/${id}`, { method: 'DELETE' });
    expect(deleteReport.status).toBe(409);
    expect((await server.api(`/api/documents/${id}`)).status).toBe(200);

    const db = new Database(path.join(server.dataDir, 'codraft.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
      expect(() =>
        db.prepare("UPDATE versions SET name = 'x' WHERE id = ?").run(versionId),
      ).toThrow(/submitted versions cannot be changed/);
      expect(() =>
        db.prepare('UPDATE versions SET frozen = 0 WHERE id = ?').run(versionId),
      ).toThrow(/submitted versions cannot be changed/);
      expect(() => db.prepare('DELETE FROM versions WHERE id = ?').run(versionId)).toThrow(
        /submitted versions cannot be deleted/,
      );
      expect(() => db.prepare('DELETE FROM documents WHERE id = ?').run(id)).toThrow(
        /submitted versions cannot be deleted/,
      );
      const store = new SqliteVersionStore(db);
      await expect(store.rename(id, versionId, 'x')).rejects.toBeInstanceOf(FrozenVersionError);
      await expect(store.delete(id, versionId)).rejects.toBeInstanceOf(FrozenVersionError);
    } finally {
      db.close();
    }
    const after: VersionDetail = await readVersion(server, id, versionId);
    expect(after).toEqual(before);
  });

  it('may be asked for again after approval, freezing one more version', async () => {
    const first = await reviewState(server, id);
    expect((await expectJson<ReviewState>(await post('request', {}, drafter))).status).toBe(
      'inReview',
    );
    const second = await expectJson<ReviewState>(
      await post('approve', { acknowledgeWarnings: true }, leader),
    );
    expect(second.submittedVersionId).not.toBe(first.submittedVersionId);
    const frozen = (await listVersions(server, id)).filter((version) => version.frozen);
    expect(frozen.map((version) => version.id)).toEqual([
      second.submittedVersionId,
      first.submittedVersionId,
    ]);
    const [newest, older] = frozen;
    expect(newest!.sha256).not.toBe(older!.sha256);
  });

  it('is refused while a comment thread is open, and records the count', async () => {
    const { id: other } = await importReport(server, DRAFT_TEXT.replace('XX', '12'));
    await server.addMember(other, 'zhang', 'drafter');
    await server.addMember(other, 'wang', 'leader');
    const commenter = createClient(server, other, { cookie: leader.cookie, hello: true });
    try {
      await commenter.whenSynced();
      const lead = commenter.fragment.get(1) as Y.XmlElement;
      const text = lead.get(0) as Y.XmlText;
      const opened = await commenter.request(REQUEST_KIND.commentCreate, {
        start: encodeAnchorPosition(text, 0, 0),
        end: encodeAnchorPosition(text, 4, -1),
        text: '请核实',
        mentions: [],
      });
      expect(opened.ok).toBe(true);
      const approve = () =>
        server.api(
          `/api/documents/${other}/review/approve`,
          { method: 'POST', json: { acknowledgeWarnings: true } },
          leader.cookie,
        );
      await expectJson<ReviewState>(
        await server.api(
          `/api/documents/${other}/review/request`,
          { method: 'POST', json: {} },
          drafter.cookie,
        ),
      );
      const refused = await approve();
      expect(refused.status).toBe(409);
      const refusal = (await refused.json()) as SubmissionRefusal;
      expect(refusal.findings.map((finding) => finding.rule)).toContain('comments.unresolved');

      const threadId = (opened.result as { id: string }).id;
      const resolved = await commenter.request(REQUEST_KIND.commentResolve, { threadId });
      expect(resolved.ok).toBe(true);
      const state = await expectJson<ReviewState>(await approve());
      const version = await readVersion(server, other, state.submittedVersionId!);
      expect(version.openThreadCount).toBe(0);
    } finally {
      commenter.destroy();
    }
  });

  it('records each step in the audit log', async () => {
    const response = await server.api('/api/audit?limit=100');
    const { entries } = await expectJson<{ entries: Array<{ action: string; target: string }> }>(
      response,
    );
    const actions = entries.filter((entry) => entry.target === id).map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['review.request', 'review.return', 'review.approve']),
    );
  });
});

import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToText } from '../../../shared/import/reportToText.ts';
import type { ReviewState } from '../../../shared/versions/versionApi.ts';
import { createClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { importReport } from '../../helpers/importReport.ts';
import { replaceText } from './replaceText.ts';
import {
  DRAFT_TEXT,
  expectJson,
  readVersion,
  reviewState,
  versionsPath,
} from './versionFixture.ts';

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('approval freezes what was submitted for review', () => {
  let server: TestServer;
  let drafter: TestUser;
  let leader: TestUser;
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

  async function exportTxt(versionId: string): Promise<Buffer> {
    const response = await server.api(versionsPath(id, `/${versionId}/export?format=txt`));
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  beforeAll(async () => {
    server = await createTestServer();
    drafter = await server.createUser('zhang', { displayName: '张三' });
    leader = await server.createUser('wang', { displayName: '王五' });
    ({ id } = await importReport(server, DRAFT_TEXT.replace('XX', '12')));
    await server.addMember(id, 'zhang', 'drafter');
    await server.addMember(id, 'wang', 'leader');
  });
  afterAll(async () => {
    await server.close();
  });

  it('approves the requested content even after the live text changed, and says so', async () => {
    const requested = await expectJson<ReviewState>(await post('request', {}, drafter));
    const requestedId = requested.requestedVersionId!;
    expect(requested).toMatchObject({ status: 'inReview', changedSinceRequest: false });
    expect(requested.history.at(-1)).toMatchObject({ action: 'request', versionId: requestedId });
    const snapshot = await readVersion(server, id, requestedId);
    expect(snapshot).toMatchObject({ kind: 'review', frozen: false, authorName: '张三' });

    await edit('持续抓好', '全面抓好');
    expect(await reviewState(server, id)).toMatchObject({ changedSinceRequest: true });
    const deleted = await server.api(versionsPath(id, `/${requestedId}`), { method: 'DELETE' });
    expect(deleted.status).toBe(409);

    const approved = await expectJson<ReviewState>(
      await post('approve', { acknowledgeWarnings: true }, leader),
    );
    expect(approved).toMatchObject({
      status: 'approved',
      requestedVersionId: requestedId,
      changedSinceRequest: true,
    });
    expect(approved.history.at(-1)).toMatchObject({ action: 'approve', changedSinceRequest: true });
    const frozen = await readVersion(server, id, approved.submittedVersionId!);
    expect(frozen.kind).toBe('submitted');
    expect(frozen.report).toEqual(snapshot.report);
    expect(JSON.stringify(frozen.report)).toContain('持续抓好');
    expect(JSON.stringify(frozen.report)).not.toContain('全面抓好');
    expect(frozen.sha256).toBe(sha256(reportToText(snapshot.report)));
    expect(await reviewState(server, id)).toMatchObject({ changedSinceRequest: true });
  });

  it('keeps the findings and template of approval when the report changes template', async () => {
    const { submittedVersionId, requestedVersionId } = await reviewState(server, id);
    const frozenBefore = await readVersion(server, id, submittedVersionId!);
    const snapshotBefore = await readVersion(server, id, requestedVersionId!);
    expect(frozenBefore.templateId).toBe('annual-work-report');

    const changed = await server.api(`/api/documents/${id}`, {
      method: 'PATCH',
      json: { template: 'duty-report' },
    });
    expect(changed.status).toBe(200);

    // An unfrozen version is checked against the new template, so the findings do change…
    const snapshotAfter = await readVersion(server, id, requestedVersionId!);
    expect(snapshotAfter.templateId).toBe('duty-report');
    expect(snapshotAfter.findings).not.toEqual(snapshotBefore.findings);
    // …but a submitted version keeps those it was approved with.
    const frozenAfter = await readVersion(server, id, submittedVersionId!);
    expect(frozenAfter.findings).toEqual(frozenBefore.findings);
    expect(frozenAfter.templateId).toBe('annual-work-report');
  });

  it('serves the exact text that was hashed as the .txt of a submitted version', async () => {
    const { submittedVersionId } = await reviewState(server, id);
    const versionId = submittedVersionId!;
    const frozen = await readVersion(server, id, versionId);
    expect(sha256(await exportTxt(versionId))).toBe(frozen.sha256);

    const db = new Database(path.join(server.dataDir, 'codraft.sqlite'));
    try {
      db.pragma('busy_timeout = 5000');
      const row = db.prepare('SELECT frozen_text FROM versions WHERE id = ?').get(versionId) as {
        frozen_text: string;
      };
      expect(row.frozen_text).toBe(reportToText(frozen.report));
      // Stand in for a later reportToText that writes differently: the stored text still wins.
      db.exec('DROP TRIGGER versions_frozen_no_update');
      db.prepare('UPDATE versions SET frozen_text = ? WHERE id = ?').run('存储的原文\n', versionId);
    } finally {
      db.close();
    }
    expect((await exportTxt(versionId)).toString('utf8')).toBe('存储的原文\n');
  });
});

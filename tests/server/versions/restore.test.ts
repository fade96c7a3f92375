import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { RestoreResult, VersionSummary } from '../../../shared/versions/versionApi.ts';
import type { TestClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import {
  claim,
  createReport,
  createTeam,
  openAs,
  waitForLocks,
  type Team,
} from '../locks/lockFixture.ts';
import {
  createVersion,
  expectJson,
  listVersions,
  liveContent,
  readVersion,
  versionsPath,
} from './versionFixture.ts';

function removeElement(element: Y.XmlElement): void {
  const parent = element.parent as Y.XmlElement | Y.XmlFragment;
  parent.delete(parent.toArray().indexOf(element), 1);
}

function restore(server: TestServer, id: string, versionId: string, cookie?: string) {
  return server.api(versionsPath(id, `/${versionId}/restore`), { method: 'POST' }, cookie);
}

describe('restoring a version', () => {
  let server: TestServer;
  let team: Team;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it('brings the content back as a new change that every client and a restart see', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await openAs(server, id, team.zhang);
    const li = await openAs(server, id, team.li);
    clients.push(zhang, li);
    const version = await createVersion(server, id, '初稿');
    const original = zhang.fragment.toString();

    sectionText(findSection(zhang.fragment, sections.a1), 0).insert(0, '新增的一句话。');
    removeElement(findSection(li.fragment, sections.b2));
    await waitFor(() => zhang.fragment.toString() === li.fragment.toString(), {
      message: 'both edits on both clients',
    });
    await zhang.whenStored();
    await li.whenStored();
    const edited = zhang.fragment.toString();
    expect(edited).not.toBe(original);
    const untouched = findSection(zhang.fragment, sections.c);

    const result = await expectJson<RestoreResult>(await restore(server, id, version.id));
    expect(result.restored).toMatchObject({ id: version.id, name: '初稿' });
    expect(result.backup).toMatchObject({ kind: 'beforeRestore', frozen: false });

    await waitFor(
      () => zhang.fragment.toString() === original && li.fragment.toString() === original,
      { message: 'both clients back on the version' },
    );
    // A section the version did not change keeps its Yjs items: no client loses its place there.
    expect(findSection(zhang.fragment, sections.c)).toBe(untouched);
    expect((await liveContent(server, id)).xml).toBe(original);
    const backup = await readVersion(server, id, result.backup.id);
    expect(JSON.stringify(backup.report)).toContain('新增的一句话。');

    for (const client of clients.splice(0)) client.destroy();
    await server.restart();
    expect((await liveContent(server, id)).xml).toBe(original);
  });

  it('is refused while someone else locks a section it would change, allowed around it', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await openAs(server, id, team.zhang);
    const li = await openAs(server, id, team.li);
    clients.push(zhang, li);
    const before = await createVersion(server, id, '李四修改前');
    expect((await claim(li, sections.a2)).ok).toBe(true);
    await waitForLocks(zhang, [sections.a2]);
    sectionText(findSection(li.fragment, sections.a2), 0).insert(0, '李四写的。');
    await li.whenStored();
    const versionCount = (await listVersions(server, id)).length;

    const refused = await restore(server, id, before.id);
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('conflict');
    expect(body.error.message).toContain('李四');
    expect((await liveContent(server, id)).xml).toContain('李四写的。');
    expect(await listVersions(server, id)).toHaveLength(versionCount);

    const withLiEdit = await createVersion(server, id, '李四修改后');
    const restoredXml = zhang.fragment.toString();
    sectionText(findSection(zhang.fragment, sections.c), 0).insert(0, '张三写的。');
    await zhang.whenStored();
    const allowed = await restore(server, id, withLiEdit.id);
    expect(allowed.status).toBe(200);
    await waitFor(
      () => zhang.fragment.toString() === restoredXml && li.fragment.toString() === restoredXml,
      { message: 'both clients on the restored version' },
    );
    expect(zhang.locks?.map((lock) => lock.sectionId)).toEqual([sections.a2]);
  });

  it('keeps the characters it does not change, so offline typing in that paragraph survives', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await openAs(server, id, team.zhang);
    const li = await openAs(server, id, team.li);
    clients.push(zhang, li);
    const version = await createVersion(server, id, '初稿');
    const zhangText = sectionText(findSection(zhang.fragment, sections.a1), 0);
    zhangText.insert(zhangText.length, '（补充）');
    const heading = sectionText(findSection(zhang.fragment, sections.a1));
    heading.insert(heading.length, '（标题补充）');
    await zhang.whenStored();
    await waitFor(() => li.fragment.toString() === zhang.fragment.toString(), {
      message: 'li has the additions',
    });

    li.provider.disconnect();
    sectionText(findSection(li.fragment, sections.a1), 0).insert(0, '离线输入');
    expect((await restore(server, id, version.id)).status).toBe(200);
    await waitFor(() => !zhangText.toString().includes('（补充）'), {
      message: 'the restore on zhang',
    });
    // Changed in place: the paragraph's and the heading's texts are the same Yjs types.
    expect(sectionText(findSection(zhang.fragment, sections.a1), 0)).toBe(zhangText);
    expect(sectionText(findSection(zhang.fragment, sections.a1))).toBe(heading);
    expect(heading.toString()).not.toContain('（标题补充）');

    li.provider.connect();
    await waitFor(() => li.fragment.toString() === zhang.fragment.toString(), {
      message: 'li back and converged',
    });
    const merged = zhangText.toString();
    expect(merged.startsWith('离线输入')).toBe(true);
    expect(merged).not.toContain('（补充）');
    await li.whenStored();
    expect((await liveContent(server, id)).xml).toBe(zhang.fragment.toString());
  });

  it('is for the owner only', async () => {
    const { id } = await createReport(server, team);
    const version = await createVersion(server, id, '初稿');
    const before = await listVersions(server, id);
    for (const user of [team.wang, team.zhang, team.zhao]) {
      const response = await restore(server, id, version.id, user.cookie);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    const after: VersionSummary[] = await listVersions(server, id);
    expect(after).toEqual(before);
  });

  it('answers 400 for a malformed version id and 404 for an unknown one', async () => {
    const { id } = await createReport(server, team);
    expect((await restore(server, id, 'not*an*id')).status).toBe(400);
    expect((await restore(server, id, 'AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect(await listVersions(server, id)).toEqual([]);
  });
});

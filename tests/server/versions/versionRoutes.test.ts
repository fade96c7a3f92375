import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportComparison } from '../../../shared/versions/ReportComparison.ts';
import type { VersionSummary } from '../../../shared/versions/versionApi.ts';
import { createClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { createReport, createTeam, type SampleSections, type Team } from '../locks/lockFixture.ts';
import {
  createVersion,
  expectJson,
  listVersions,
  readVersion,
  versionsPath,
} from './versionFixture.ts';

describe('the versions API', () => {
  let server: TestServer;
  let team: Team;
  let id: string;
  let sections: SampleSections;

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
    ({ id, sections } = await createReport(server, team));
  });
  afterAll(async () => {
    await server.close();
  });

  it('makes, lists, reads, renames and deletes versions', async () => {
    const first = await createVersion(server, id, '  初稿  ', team.zhang.cookie);
    expect(first).toMatchObject({
      documentId: id,
      name: '初稿',
      kind: 'manual',
      authorId: team.zhang.id,
      authorName: '张三',
      frozen: false,
      sha256: null,
      openThreadCount: null,
      outline: { errors: 2 },
    });
    expect(first.sizeBytes).toBeGreaterThan(1000);
    expect(first.characters).toBeGreaterThan(1000);
    const second = await createVersion(server, id, '第二稿', team.wang.cookie);
    expect((await listVersions(server, id)).map((version) => version.id)).toEqual([
      second.id,
      first.id,
    ]);

    const detail = await readVersion(server, id, first.id, team.zhao.cookie);
    expect(detail.report.title).toBe('市教体局2022年度思想政治工作开展情况报告');
    expect(detail.findings.filter((finding) => finding.severity === 'error')).toHaveLength(2);

    const renamed = await expectJson<VersionSummary>(
      await server.api(
        versionsPath(id, `/${first.id}`),
        { method: 'PATCH', json: { name: '征求意见稿' } },
        team.li.cookie,
      ),
    );
    expect(renamed).toEqual({ ...first, name: '征求意见稿' });
    const deleted = await server.api(
      versionsPath(id, `/${second.id}`),
      { method: 'DELETE' },
      team.li.cookie,
    );
    expect(deleted.status).toBe(204);
    expect(await listVersions(server, id)).toEqual([renamed]);

    const { entries } = await expectJson<{ entries: Array<{ action: string; target: string }> }>(
      await server.api('/api/audit?limit=100'),
    );
    expect(entries.filter((entry) => entry.target === id).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['version.create', 'version.rename', 'version.delete']),
    );
  });

  it('compares a version with the current text', async () => {
    const version = await createVersion(server, id, '比较前');
    const client = createClient(server, id, { hello: true });
    await client.whenSynced();
    sectionText(findSection(client.fragment, sections.b1), 0).insert(0, '新增');
    await client.whenStored();
    client.destroy();
    const comparison = await expectJson<ReportComparison>(
      await server.api(
        versionsPath(id, `/compare?from=${version.id}&to=current`),
        {},
        team.zhao.cookie,
      ),
    );
    expect(comparison.identical).toBe(false);
    expect(comparison.sections).toEqual([
      expect.objectContaining({ sectionId: sections.b1, status: 'changed', insertedCharacters: 2 }),
    ]);
    const same = await expectJson<ReportComparison>(
      await server.api(versionsPath(id, `/compare?from=${version.id}&to=${version.id}`)),
    );
    expect(same.identical).toBe(true);
  });

  it('lets viewers read and export, not make or change versions', async () => {
    const [version] = await listVersions(server, id, team.zhao.cookie);
    const { cookie } = team.zhao;
    expect((await server.api(versionsPath(id, `/${version!.id}`), {}, cookie)).status).toBe(200);
    const exported = await server.api(
      versionsPath(id, `/${version!.id}/export?format=md`),
      {},
      cookie,
    );
    expect(exported.status).toBe(200);
    const refusals = [
      server.api(versionsPath(id), { method: 'POST', json: { name: '查看者' } }, cookie),
      server.api(
        versionsPath(id, `/${version!.id}`),
        { method: 'PATCH', json: { name: 'x' } },
        cookie,
      ),
      server.api(versionsPath(id, `/${version!.id}`), { method: 'DELETE' }, cookie),
      server.api(versionsPath(id, `/${version!.id}/restore`), { method: 'POST' }, cookie),
      server.api(`/api/documents/${id}/review/request`, { method: 'POST', json: {} }, cookie),
    ];
    for (const response of await Promise.all(refusals)) expect(response.status).toBe(403);
    expect(await listVersions(server, id)).toEqual(await listVersions(server, id, cookie));
    const outsider = await server.createUser('outsider');
    expect((await server.api(versionsPath(id), {}, outsider.cookie)).status).toBe(403);
  });

  it('answers bad ids, names and formats with 400 or 404 and changes nothing', async () => {
    const before = await listVersions(server, id);
    const [version] = before;
    const unknown = 'AAAAAAAAAAAAAAAA';
    const answers: Array<[Promise<Response>, number]> = [
      [server.api(versionsPath(id, '/bad*id')), 400],
      [server.api(versionsPath(id, `/${unknown}`)), 404],
      [server.api(versionsPath(id, `/${unknown}`), { method: 'PATCH', json: { name: 'x' } }), 404],
      [server.api(versionsPath(id, `/${unknown}`), { method: 'DELETE' }), 404],
      [server.api(versionsPath(id, '/bad*id'), { method: 'DELETE' }), 400],
      [server.api(versionsPath(id, `/${unknown}/export?format=txt`)), 404],
      [server.api(versionsPath(id, `/${version!.id}/export?format=exe`)), 400],
      [server.api(versionsPath(id, `/${version!.id}/export`)), 400],
      [server.api(versionsPath(id), { method: 'POST', json: { name: '   ' } }), 400],
      [server.api(versionsPath(id), { method: 'POST', json: { name: 'x'.repeat(101) } }), 400],
      [server.api(versionsPath(id), { method: 'POST' }), 400],
      [server.api(versionsPath(id, `/${version!.id}`), { method: 'PATCH', json: {} }), 400],
      [server.api(versionsPath(id, '/compare?from=bad*id&to=current')), 400],
      [server.api(versionsPath(id, `/compare?from=${unknown}&to=current`)), 404],
      [server.api(versionsPath(id, '/compare?from=current')), 400],
      [server.api(versionsPath('no-such-report-1')), 404],
    ];
    for (const [response, status] of answers) {
      const answer = await response;
      expect(answer.status).toBe(status);
      expect(await answer.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
    expect(await listVersions(server, id)).toEqual(before);
  });
});

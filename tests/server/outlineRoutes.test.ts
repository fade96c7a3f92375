import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/outline/Finding.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { NODE } from '../../shared/schema/nodeNames.ts';
import type { Outline } from '../../shared/schema/outlineOf.ts';
import { createClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { importReport } from '../helpers/importReport.ts';

describe('outline and check API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const get = async (path: string, cookie?: string | null) => {
    const response = await server.api(path, {}, cookie);
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const findingsOf = async (id: string) => {
    const result = await get(`/api/documents/${id}/check`);
    expect(result.status).toBe(200);
    return (result.body as { findings: Finding[] }).findings;
  };
  const outlineOf = async (id: string) => {
    const result = await get(`/api/documents/${id}/outline`);
    expect(result.status).toBe(200);
    return result.body as Outline;
  };

  it('answers the numbered tree of an imported report', async () => {
    const { id } = await importReport(server);
    const outline = await outlineOf(id);
    expect(outline.title).toBe('市教体局2022年度思想政治工作开展情况报告');
    expect(outline.sections.map((part) => `${part.number}${part.heading}`)).toEqual([
      '一、主要做法',
      '二、存在的问题',
      '三、下一步工作打算',
    ]);
    expect(outline.sections.map((part) => part.children.length)).toEqual([4, 2, 0]);
    expect(outline.sections[0]!.children.map((child) => child.number)).toEqual([
      '（一）',
      '（二）',
      '（三）',
      '（四）',
    ]);
    expect(outline.sections[1]!.children[0]).toMatchObject({
      level: 2,
      number: '（一）',
      heading: '思想认识有待进一步提高。',
      children: [],
    });
    expect(outline.sections[0]!.id).toMatch(/^[a-z0-9]{12}$/);
  });

  it('checks the report: no structural error, the proofreading findings located', async () => {
    const imported = await importReport(server);
    const findings = await findingsOf(imported.id);
    expect(findings).toEqual(imported.findings);
    expect(findings.filter((finding) => !finding.rule.startsWith('proofread.'))).toEqual([]);
    const fixes = findings.flatMap((finding) =>
      finding.fix?.kind === 'replaceText'
        ? [`${finding.fix.original}→${finding.fix.replacement}`]
        : [],
    );
    expect(fixes).toEqual(expect.arrayContaining(['庚续→赓续', '疏理→梳理', ',→，', '**→']));
    const outline = await outlineOf(imported.id);
    const ids = new Set(
      outline.sections.flatMap((part) => [part.id, ...part.children.map((child) => child.id)]),
    );
    for (const finding of findings) {
      if (finding.sectionId !== null) expect(ids.has(finding.sectionId)).toBe(true);
    }
  });

  it('follows a client’s edit: the deleted 存在的问题 part is reported missing', async () => {
    const { id } = await importReport(server);
    const client = createClient(server, id, { hello: true });
    try {
      await client.whenSynced();
      const index = client.fragment.toArray().findIndex((child) => {
        if (!(child instanceof Y.XmlElement) || child.nodeName !== NODE.section) return false;
        return child.firstChild?.toString().includes('存在的问题') ?? false;
      });
      expect(index).toBeGreaterThan(0);
      client.fragment.delete(index, 1);
      await client.whenStored();

      const findings = await findingsOf(id);
      expect(findings.find((finding) => finding.rule === 'sections.missing')).toMatchObject({
        severity: 'error',
        sectionId: null,
        message: { zh: expect.stringContaining('存在的问题') },
        fix: { kind: 'addSection', title: '存在的问题', level: 1 },
      });
      const outline = await outlineOf(id);
      expect(outline.sections.map((part) => `${part.number}${part.heading}`)).toEqual([
        '一、主要做法',
        '二、下一步工作打算',
      ]);
    } finally {
      client.destroy();
    }
  });

  it('checks against the template stored with the document', async () => {
    const { id } = await importReport(server);
    const patched = await server.api(`/api/documents/${id}`, {
      method: 'PATCH',
      json: { template: 'duty-report' },
    });
    expect(patched.status).toBe(200);
    const missing = (await findingsOf(id))
      .filter((finding) => finding.rule === 'sections.missing')
      .map((finding) => (finding.fix?.kind === 'addSection' ? finding.fix.title : ''));
    expect(missing).toEqual(['履职情况', '廉洁自律情况']);
  });

  it('reads a document that is not in memory, after a restart', async () => {
    const imported = await importReport(server);
    const created = await server.createDocument('2024年度工作报告');
    await server.restart();
    expect(await findingsOf(imported.id)).toEqual(imported.findings);
    expect(await outlineOf(created)).toEqual({ title: '2024年度工作报告', sections: [] });
    const empty = (await findingsOf(created)).map((finding) => finding.rule);
    expect(empty).toEqual(expect.arrayContaining(['lead.missing', 'sections.missing']));
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    for (const route of ['check', 'outline']) {
      const malformed = await get(`/api/documents/bad%20id!/${route}`);
      expect(malformed).toMatchObject({
        status: 400,
        body: { error: { code: API_ERROR.badRequest } },
      });
      const unknown = await get(`/api/documents/nosuchdocument/${route}`);
      expect(unknown).toMatchObject({ status: 404, body: { error: { code: API_ERROR.notFound } } });
    }
    const listed = (await get('/api/documents')).body as Array<{ id: string }>;
    expect(listed.some((document) => document.id === 'nosuchdocument')).toBe(false);
  });

  it('answers members only: any role reads, others get 401 or 403', async () => {
    const { id } = await importReport(server);
    const viewer = await server.createUser('outline-viewer');
    const stranger = await server.createUser('outline-stranger');
    await server.addMember(id, viewer.username, 'viewer');
    for (const route of ['check', 'outline']) {
      expect((await get(`/api/documents/${id}/${route}`, viewer.cookie)).status).toBe(200);
      expect(await get(`/api/documents/${id}/${route}`, stranger.cookie)).toMatchObject({
        status: 403,
        body: { error: { code: API_ERROR.forbidden } },
      });
      expect(await get(`/api/documents/${id}/${route}`, null)).toMatchObject({
        status: 401,
        body: { error: { code: API_ERROR.unauthenticated } },
      });
    }
  });
});

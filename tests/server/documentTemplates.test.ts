import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../shared/outline/checkReport.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import { createClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';

describe('a new report starts from its template', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  async function contentOf(id: string) {
    const client = createClient(server, id);
    try {
      await client.whenSynced();
      return readReportFromFragment(client.fragment);
    } finally {
      client.destroy();
    }
  }

  it.each([
    ['annual-work-report', ['主要做法', '存在的问题', '下一步工作打算']],
    ['duty-report', getTemplate('duty-report')!.requiredSections.map((spec) => spec.title)],
    [
      'special-work-summary',
      getTemplate('special-work-summary')!.requiredSections.map((s) => s.title),
    ],
  ])('%s: title, lead and the required sections in order', async (template, headings) => {
    const response = await server.fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '市教体局2024年度工作报告', template }),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const report = await contentOf(id);
    expect(report.title).toBe('市教体局2024年度工作报告');
    expect(report.sections.map((section) => [section.level, section.heading])).toEqual(
      headings.map((heading) => [1, heading]),
    );
    expect(new Set(report.sections.map((section) => section.id)).size).toBe(headings.length);
    const findings = checkReport(report, getTemplate(template)!);
    expect(findings.filter((finding) => finding.rule.startsWith('sections.'))).toEqual([]);
  });

  it('refuses an unknown template and creates nothing', async () => {
    const before = (await (await server.fetch('/api/documents')).json()) as unknown[];
    const response = await server.fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: '报告', template: 'no-such-template' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_request' } });
    const after = (await (await server.fetch('/api/documents')).json()) as unknown[];
    expect(after).toHaveLength(before.length);
  });
});

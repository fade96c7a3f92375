import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../shared/outline/paragraphsOf.ts';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import type { ImportResponse } from '../../shared/protocol/importApi.ts';
import type { Outline } from '../../shared/schema/outlineOf.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import { createClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { SAMPLE_REPORT_TEXT } from '../helpers/importReport.ts';

const SAMPLE_TITLE = '市教体局2022年度思想政治工作开展情况报告';
const SAMPLE_LINES = SAMPLE_REPORT_TEXT.split('\n').filter((line) => line.trim());

async function sampleDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: SAMPLE_LINES.map(
          (line) => new Paragraph({ children: [new TextRun({ text: line, font: '仿宋_GB2312' })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('import API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const answer = async (response: Response) => {
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as unknown };
  };
  const postJson = async (body: unknown, raw?: string) =>
    answer(
      await server.fetch('/api/documents/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: raw ?? JSON.stringify(body),
      }),
    );
  const postFile = async (
    name: string,
    content: Buffer | string,
    fields: Record<string, string> = {},
    field = 'file',
  ) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append(
      field,
      new Blob([typeof content === 'string' ? content : new Uint8Array(content)]),
      name,
    );
    return answer(await server.fetch('/api/documents/import', { method: 'POST', body: form }));
  };
  const documentCount = async () => {
    const response = await server.fetch('/api/documents');
    return ((await response.json()) as DocumentSummary[]).length;
  };
  const outlineOf = async (id: string) => {
    const response = await server.fetch(`/api/documents/${id}/outline`);
    expect(response.status).toBe(200);
    return (await response.json()) as Outline;
  };
  const expectSampleShape = async (id: string) => {
    const outline = await outlineOf(id);
    expect(outline.title).toBe(SAMPLE_TITLE);
    expect(outline.sections.map((part) => part.heading)).toEqual([
      '主要做法',
      '存在的问题',
      '下一步工作打算',
    ]);
    expect(outline.sections.map((part) => part.children.length)).toEqual([4, 2, 0]);
  };

  it('imports pasted text as a structured report that clients open', async () => {
    const result = await postJson({ text: SAMPLE_REPORT_TEXT });
    expect(result.status).toBe(201);
    const imported = result.body as ImportResponse;
    expect(imported).toMatchObject({ title: SAMPLE_TITLE, template: 'annual-work-report' });
    expect(imported.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(imported.findings.filter((finding) => finding.severity === 'error')).toHaveLength(2);
    expect(imported.findings.every((finding) => finding.rule.startsWith('proofread.'))).toBe(true);
    await expectSampleShape(imported.id);

    const client = createClient(server, imported.id);
    try {
      await client.whenSynced();
      const report = readReportFromFragment(client.fragment);
      expect(report.title).toBe(SAMPLE_TITLE);
      expect(paragraphsOf(report.lead)).toEqual([SAMPLE_LINES[1]]);
      expect(report.sections[1]!.children.map((child) => child.runIn)).toEqual([true, true]);
      expect(paragraphsOf(report.sections[2]!.body)).toHaveLength(4);
    } finally {
      client.destroy();
    }
  });

  it('takes a title and a template', async () => {
    const result = await postJson({
      text: SAMPLE_REPORT_TEXT,
      title: '  2022年思政报告（导入） ',
      template: 'special-work-summary',
    });
    expect(result.status).toBe(201);
    const imported = result.body as ImportResponse;
    expect(imported).toMatchObject({
      title: '2022年思政报告（导入）',
      template: 'special-work-summary',
    });
    // The report keeps its own title; the document list shows the given one.
    expect((await outlineOf(imported.id)).title).toBe(SAMPLE_TITLE);
    expect(imported.findings.map((finding) => finding.rule)).toContain('sections.missing');
  });

  it('keeps a typed number that does not fit its position as a finding', async () => {
    const text = ['关于2023年度工作的报告', '现报告如下。', '一、主要工作', '（一）甲', '（三）乙'];
    const result = await postJson({ text: text.join('\n') });
    expect(result.status).toBe(201);
    const imported = result.body as ImportResponse;
    expect(imported.findings[0]).toMatchObject({
      rule: 'import.numbering',
      field: 'heading',
      message: { zh: expect.stringContaining('（三）') },
    });
    const outline = await outlineOf(imported.id);
    expect(outline.sections[0]!.children.map((child) => `${child.number}${child.heading}`)).toEqual(
      ['（一）甲', '（二）乙'],
    );
  });

  it('imports an uploaded .txt file, UTF-8 with a BOM', async () => {
    const result = await postFile('2022年思政报告.txt', `\ufeff${SAMPLE_REPORT_TEXT}`);
    expect(result.status).toBe(201);
    const imported = result.body as ImportResponse;
    expect(imported.title).toBe(SAMPLE_TITLE);
    await expectSampleShape(imported.id);
  });

  it('imports an uploaded Word file', async () => {
    const result = await postFile('2022年思政报告.docx', await sampleDocx(), {
      template: 'annual-work-report',
    });
    expect(result.status).toBe(201);
    const imported = result.body as ImportResponse;
    expect(imported).toMatchObject({ title: SAMPLE_TITLE, template: 'annual-work-report' });
    await expectSampleShape(imported.id);
    const fromText = (await postJson({ text: SAMPLE_REPORT_TEXT })).body as ImportResponse;
    const rulesOf = (findings: ImportResponse['findings']) =>
      findings.map((finding) => `${finding.rule} ${finding.field} ${finding.range?.start}`);
    expect(rulesOf(imported.findings)).toEqual(rulesOf(fromText.findings));
  });

  it('names a report without a title after its file', async () => {
    const result = await postFile('季度小结.txt', '一、主要做法\n正文。');
    expect(result.status).toBe(201);
    expect((result.body as ImportResponse).title).toBe('季度小结');
    expect((await outlineOf((result.body as ImportResponse).id)).title).toBe('季度小结');
  });

  it('refuses bad input with a clear error and creates nothing', async () => {
    const before = await documentCount();
    const refusals: Array<[string, { status: number; body: unknown }, number]> = [
      ['no text', await postJson({ title: '无正文' }), 400],
      ['blank text', await postJson({ text: ' \n\u3000\n' }), 400],
      ['text not a string', await postJson({ text: 42 }), 400],
      ['unknown template', await postJson({ text: SAMPLE_REPORT_TEXT, template: 'nope' }), 400],
      [
        'title too long',
        await postJson({ text: SAMPLE_REPORT_TEXT, title: '长'.repeat(201) }),
        400,
      ],
      ['malformed JSON', await postJson(undefined, '{"text": '), 400],
      [
        'plain text body',
        await answer(
          await server.fetch('/api/documents/import', {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: SAMPLE_REPORT_TEXT,
          }),
        ),
        400,
      ],
      ['file in another field', await postFile('a.txt', SAMPLE_REPORT_TEXT, {}, 'upload'), 400],
      ['PDF', await postFile('report.pdf', '%PDF-1.4'), 400],
      ['old Word', await postFile('report.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])), 400],
      ['broken .docx', await postFile('report.docx', 'not a zip at all'), 400],
      ['empty file', await postFile('empty.txt', ''), 400],
      ['not text', await postFile('binary.txt', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0xff])), 400],
      [
        'unknown template field',
        await postFile('a.txt', SAMPLE_REPORT_TEXT, { template: 'nope' }),
        400,
      ],
      ['over 10 MB', await postFile('big.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41)), 413],
    ];
    for (const [name, result, status] of refusals) {
      expect({ name, status: result.status }).toEqual({ name, status });
      const code = status === 413 ? API_ERROR.payloadTooLarge : API_ERROR.badRequest;
      expect(result.body, name).toMatchObject({ error: { code, message: expect.any(String) } });
    }
    expect(await documentCount()).toBe(before);
  });

  it('answers with no file at all', async () => {
    const before = await documentCount();
    const form = new FormData();
    form.append('title', '只有标题');
    const result = await answer(
      await server.fetch('/api/documents/import', { method: 'POST', body: form }),
    );
    expect(result).toMatchObject({ status: 400, body: { error: { code: API_ERROR.badRequest } } });
    expect(await documentCount()).toBe(before);
  });

  it('makes the importer the owner, and refuses anyone not logged in', async () => {
    const drafter = await server.createUser('import-drafter');
    const response = await server.api(
      '/api/documents/import',
      { method: 'POST', json: { text: SAMPLE_REPORT_TEXT } },
      drafter.cookie,
    );
    expect(response.status).toBe(201);
    const imported = (await response.json()) as ImportResponse;
    expect(imported.role).toBe('owner');
    const listed = (await (
      await server.api('/api/documents', {}, drafter.cookie)
    ).json()) as ImportResponse[];
    expect(listed.map((document) => [document.id, document.role])).toEqual([
      [imported.id, 'owner'],
    ]);

    const before = await documentCount();
    const anonymous = await answer(
      await server.api(
        '/api/documents/import',
        { method: 'POST', json: { text: SAMPLE_REPORT_TEXT } },
        null,
      ),
    );
    expect(anonymous).toMatchObject({
      status: 401,
      body: { error: { code: API_ERROR.unauthenticated } },
    });
    expect(await documentCount()).toBe(before);
  });
});

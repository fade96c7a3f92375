import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportParagraphs } from '../../../shared/import/parseReportParagraphs.ts';
import { reportToText } from '../../../shared/import/reportToText.ts';
import { outlineOf, type OutlineNode } from '../../../shared/schema/outlineOf.ts';
import type { VersionDetail } from '../../../shared/versions/versionApi.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { importReport } from '../../helpers/importReport.ts';
import { createVersion, readVersion, versionsPath } from './versionFixture.ts';

const TITLE = '市教体局2022年度思想政治工作开展情况报告';

function shape(nodes: OutlineNode[]): unknown {
  return nodes.map((node) => [node.number, node.heading, shape(node.children)]);
}

describe('exporting a version', () => {
  let server: TestServer;
  let id: string;
  let version: VersionDetail;

  async function download(format: string) {
    const response = await server.api(versionsPath(id, `/${version.id}/export?format=${format}`));
    expect(response.status).toBe(200);
    return {
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition') ?? '',
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  beforeAll(async () => {
    server = await createTestServer();
    ({ id } = await importReport(server));
    const summary = await createVersion(server, id, '征求意见稿');
    version = await readVersion(server, id, summary.id);
  });
  afterAll(async () => {
    await server.close();
  });

  it('names the file after the title in UTF-8 with an ASCII fallback', async () => {
    const { disposition } = await download('docx');
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toContain(`filename="report-${version.id}.docx"`);
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    expect(decodeURIComponent(encoded!)).toBe(`${TITLE}（征求意见稿）.docx`);
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!$&+^`|-]+$/);
  });

  it('.docx: a Word file that imports back to the same structure', async () => {
    const { type, body } = await download('docx');
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(body);
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain(TITLE);
    const { value } = await mammoth.extractRawText({ buffer: body });
    const reimported = parseReportParagraphs(value.split('\n').filter((line) => line.trim()));
    expect(reimported.report.title).toBe(TITLE);
    expect(shape(outlineOf(reimported.report).sections)).toEqual(
      shape(outlineOf(version.report).sections),
    );
  });

  it('.pdf: rendered by Chromium', async () => {
    const { type, body } = await download('pdf');
    expect(type).toBe('application/pdf');
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('.txt and .md: the plain text and Markdown of the version', async () => {
    const txt = await download('txt');
    expect(txt.type).toBe('text/plain; charset=utf-8');
    expect(txt.body.toString('utf8')).toBe(reportToText(version.report));
    expect(txt.body[0]).not.toBe(0xef);
    const md = await download('md');
    expect(md.type).toBe('text/markdown; charset=utf-8');
    expect(md.body.toString('utf8').startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(md.disposition).toContain(`filename="report-${version.id}.md"`);
  });
});

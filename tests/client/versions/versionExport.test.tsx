// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileNameFromDisposition } from '../../../client/versions/fileNameFromDisposition.ts';
import type { ApiAnswer } from '../startLocalApi.ts';
import { byTestId, click, rowOf, setUpPanel, until } from './panelHarness.tsx';
import { versionsServer } from './versionsServer.ts';

const harness = setUpPanel();
const DISPOSITION = `attachment; filename="report-v1.docx"; filename*=UTF-8''${encodeURIComponent('工作报告（报送版本）.docx')}`;

/** What saveBlob handed to the browser: the names of the links it clicked. */
let saved: string[];
beforeEach(() => {
  saved = [];
  Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push(`${this.download} ${this.getAttribute('href')}`);
  });
});
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

async function openWithExport(answer: () => ApiAnswer | Promise<ApiAnswer>) {
  const server = versionsServer();
  server.state.exportAnswer = answer;
  const api = await harness.start(server.routes);
  harness.render('drafter');
  click(byTestId('open-versions'));
  await until(() => rowOf('v1') !== null);
  return api;
}
const exportButton = (format: string) =>
  rowOf('v1').querySelector<HTMLElement>(`[data-testid="export-link"][data-format="${format}"]`);
const errorText = () =>
  byTestId('export-error', rowOf('v1'))?.querySelector('.export-error-text')?.textContent;

describe('exporting a version', () => {
  it('fetches the file and saves it under the name the server gives', async () => {
    const api = await openWithExport(() => ({
      body: 'PK',
      headers: { 'content-type': 'application/octet-stream', 'content-disposition': DISPOSITION },
    }));
    click(exportButton('docx'));
    await until(() => saved.length === 1);
    expect(saved).toEqual(['工作报告（报送版本）.docx blob:export']);
    expect(api.calls).toContain('GET /api/documents/r1/versions/v1/export?format=docx');
    expect(byTestId('export-error', rowOf('v1'))).toBeNull();
  });

  it('shows that the PDF is being made, and the server’s reason when it cannot be', async () => {
    let answer: ((value: ApiAnswer) => void) | null = null;
    await openWithExport(() => new Promise<ApiAnswer>((resolve) => (answer = resolve)));
    click(exportButton('pdf'));
    await until(() => answer !== null);
    expect(exportButton('pdf')?.getAttribute('data-busy')).toBe('true');
    expect(exportButton('pdf')?.textContent).toBe('正在生成 PDF…');
    expect(exportButton('docx')?.hasAttribute('disabled')).toBe(true);

    answer!({
      status: 503,
      headers: { 'retry-after': '20' },
      body: { error: { code: 'internal', message: 'PDF 导出繁忙。' } },
    });
    await until(() => byTestId('export-error', rowOf('v1')) !== null);
    expect(errorText()).toBe('无法导出 PDF：PDF 导出繁忙。 请 20 秒后重试。');
    expect(saved).toEqual([]);
    expect(exportButton('pdf')?.getAttribute('data-busy')).toBe('false');
    expect(exportButton('pdf')?.textContent).toBe('PDF');
  });

  it('says the server failed when a 500 carries no error body', async () => {
    await openWithExport(() => ({ status: 500, headers: { 'content-type': 'text/html' } }));
    click(exportButton('md'));
    await until(() => byTestId('export-error', rowOf('v1')) !== null);
    expect(errorText()).toBe('无法导出 MD：服务器出错（HTTP 500），请稍后再试。');
    expect(saved).toEqual([]);
  });
});

describe('the file name of a download', () => {
  it('prefers filename*, then filename, and gives up on neither', () => {
    expect(fileNameFromDisposition(DISPOSITION)).toBe('工作报告（报送版本）.docx');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".pdf"')).toBe('a "b".pdf');
    expect(fileNameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=x.md")).toBe(
      'x.md',
    );
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});

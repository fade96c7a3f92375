import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { importReport } from '../../helpers/importReport.ts';
import { createVersion, versionsPath } from '../versions/versionFixture.ts';

const ENTRY = fileURLToPath(new URL('./busyPdfServerMain.ts', import.meta.url));

describe('PDF export under load', () => {
  let server: TestServer;
  let exportPath: (format: string) => string;

  beforeAll(async () => {
    server = await createTestServer({ entry: ENTRY });
    const { id } = await importReport(server);
    const version = await createVersion(server, id, '征求意见稿');
    exportPath = (format) => versionsPath(id, `/${version.id}/export?format=${format}`);
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 503 with Retry-After when every slot and the queue are taken', async () => {
    const response = await server.api(exportPath('pdf'));
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(response.headers.get('content-disposition')).toBeNull();
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain('PDF 导出繁忙');
    expect((await server.api(exportPath('txt'))).status).toBe(200);
  });

  it('answers HEAD with the headers without rendering', async () => {
    const response = await server.api(exportPath('pdf'), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });
});

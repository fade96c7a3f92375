import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';

describe('serving the built client', () => {
  let server: TestServer;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codraft-client-')), 'dist');
    server = await createTestServer({ env: { CLIENT_DIR: clientDir } });
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(path.dirname(clientDir), { recursive: true, force: true });
  });

  it('says how to build the client while it is missing', async () => {
    const response = await fetch(`${server.httpUrl}/d/someDocument`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('serves files and falls back to index.html for app routes, not for the API', async () => {
    fs.mkdirSync(clientDir, { recursive: true });
    fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>CoDraft</title>');
    fs.writeFileSync(path.join(clientDir, 'app.js'), 'export {};');

    const page = await fetch(`${server.httpUrl}/d/someDocument`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>CoDraft</title>');

    const root = await fetch(`${server.httpUrl}/`);
    expect(await root.text()).toContain('<title>CoDraft</title>');

    const script = await fetch(`${server.httpUrl}/app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');

    const api = await fetch(`${server.httpUrl}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR } from '../../shared/protocol/apiErrors.ts';
import { CLOSE } from '../../shared/protocol/closeCodes.ts';
import type { DocumentSummary } from '../../shared/protocol/documentApi.ts';
import { readReportFromFragment } from '../../shared/schema/readReportFromFragment.ts';
import { createClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { upgradeStatus } from '../helpers/openRawSocket.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('document API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const call = async (method: string, path: string, body?: unknown, raw?: string) => {
    const response = await server.fetch(path, {
      method,
      headers:
        body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {},
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };

  const expectError = (result: { status: number; body: unknown }, status: number, code: string) => {
    expect(result.status).toBe(status);
    expect(result.body).toMatchObject({ error: { code, message: expect.any(String) } });
  };

  it('answers health', async () => {
    const result = await call('GET', '/api/health');
    expect(result).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('creates, lists, renames and deletes documents', async () => {
    const created = await call('POST', '/api/documents', { title: '  2024年度工作报告 ' });
    expect(created.status).toBe(201);
    const document = created.body as DocumentSummary;
    expect(document).toMatchObject({ title: '2024年度工作报告', template: 'annual-work-report' });
    expect(document.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(Date.parse(document.createdAt)).not.toBeNaN();

    const other = (
      await call('POST', '/api/documents', { title: '另一份', template: 'duty-report' })
    ).body as DocumentSummary;
    expect(other.template).toBe('duty-report');

    let list = (await call('GET', '/api/documents')).body as DocumentSummary[];
    expect(list.map((entry) => entry.id).slice(0, 2)).toEqual([other.id, document.id]);

    const renamed = await call('PATCH', `/api/documents/${document.id}`, { title: '改名后' });
    expect(renamed).toMatchObject({ status: 200, body: { id: document.id, title: '改名后' } });
    list = (await call('GET', '/api/documents')).body as DocumentSummary[];
    expect(list[0]).toMatchObject({ id: document.id, title: '改名后' });

    expect(await call('GET', `/api/documents/${document.id}`)).toMatchObject({
      status: 200,
      body: { id: document.id, title: '改名后', template: 'annual-work-report' },
    });

    expect((await call('DELETE', `/api/documents/${document.id}`)).status).toBe(204);
    expectError(await call('GET', `/api/documents/${document.id}`), 404, API_ERROR.notFound);
    list = (await call('GET', '/api/documents')).body as DocumentSummary[];
    expect(list.some((entry) => entry.id === document.id)).toBe(false);
  });

  it('seeds a new document with its title as report content', async () => {
    const id = await server.createDocument('关于思想政治工作的报告');
    const client = createClient(server, id);
    await client.whenSynced();
    expect(readReportFromFragment(client.fragment)).toEqual({
      title: '关于思想政治工作的报告',
      lead: [],
      sections: [],
    });
    client.destroy();
  });

  it('refuses invalid bodies and ids with 400 and unknown ids with 404', async () => {
    expectError(await call('POST', '/api/documents', {}), 400, API_ERROR.badRequest);
    expectError(await call('POST', '/api/documents', { title: '   ' }), 400, API_ERROR.badRequest);
    expectError(
      await call('POST', '/api/documents', { title: 'x'.repeat(201) }),
      400,
      API_ERROR.badRequest,
    );
    expectError(await call('POST', '/api/documents', { title: 7 }), 400, API_ERROR.badRequest);
    expectError(
      await call('POST', '/api/documents', undefined, '{"title":'),
      400,
      API_ERROR.badRequest,
    );
    expectError(
      await call('POST', '/api/documents', undefined, '"just a string"'),
      400,
      API_ERROR.badRequest,
    );
    const id = await server.createDocument('校验');
    expectError(
      await call('PATCH', `/api/documents/${id}`, { title: '' }),
      400,
      API_ERROR.badRequest,
    );
    expectError(
      await call('PATCH', `/api/documents/${id}`, undefined, '[1,'),
      400,
      API_ERROR.badRequest,
    );
    expectError(await call('GET', '/api/documents/bad%20id!'), 400, API_ERROR.badRequest);
    expectError(
      await call('DELETE', `/api/documents/${'x'.repeat(65)}`),
      400,
      API_ERROR.badRequest,
    );
    expectError(await call('GET', '/api/documents/unknownDocument'), 404, API_ERROR.notFound);
    expectError(
      await call('PATCH', '/api/documents/unknownDocument', { title: 'a' }),
      404,
      API_ERROR.notFound,
    );
    expectError(await call('DELETE', '/api/documents/unknownDocument'), 404, API_ERROR.notFound);
    expectError(await call('GET', '/api/nothing-here'), 404, API_ERROR.notFound);
    const large = JSON.stringify({ title: 'x', padding: 'y'.repeat(2_000_000) });
    expectError(
      await call('POST', '/api/documents', undefined, large),
      413,
      API_ERROR.payloadTooLarge,
    );
  });

  it('closes the sockets of a deleted document and refuses new ones', async () => {
    const id = await server.createDocument('将被删除');
    const client = createClient(server, id);
    await client.whenSynced();
    expect((await call('DELETE', `/api/documents/${id}`)).status).toBe(204);
    await waitFor(() => client.closes.length > 0, { message: 'the socket to be closed' });
    expect(client.closes[0]).toEqual({
      code: CLOSE.documentNotFound.code,
      reason: CLOSE.documentNotFound.reason,
    });
    client.destroy();
    expect(await upgradeStatus(`${server.wsUrl}/${id}`, server.credentials())).toBe(404);
  });
});

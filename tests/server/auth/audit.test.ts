import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage } from '../../../shared/auth/authApi.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';

describe('audit log', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const allEntries = async (): Promise<AuditEntry[]> => {
    const entries: AuditEntry[] = [];
    let before: number | null = null;
    do {
      const query: string = before === null ? '?limit=3' : `?limit=3&before=${before}`;
      const page = (await (await server.api(`/api/audit${query}`)).json()) as AuditPage;
      entries.push(...page.entries);
      before = page.nextBefore;
    } while (before !== null);
    return entries;
  };

  it('records who did what, when and from where, newest first, for administrators only', async () => {
    await server.api(
      '/api/session',
      {
        method: 'POST',
        json: { username: 'admin', password: 'wrong-password' },
      },
      null,
    );
    const user = await server.createUser('xu', { displayName: '许' });
    const id = await server.createDocument('审计');
    await server.addMember(id, 'xu', 'viewer');
    await server.api(`/api/documents/${id}/members/${user.id}`, {
      method: 'PATCH',
      json: { role: 'drafter' },
    });
    await server.api(`/api/documents/${id}/members/${user.id}`, { method: 'DELETE' });
    await server.api(`/api/users/${user.id}`, { method: 'PATCH', json: { disabled: true } });
    await server.api(`/api/documents/${id}`, { method: 'DELETE' });
    await server.api(
      '/api/session',
      { method: 'DELETE' },
      await server.login('admin', 'admin-password-for-tests'),
    );

    const entries = await allEntries();
    const ids = entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const actions = entries.map((entry) => entry.action).reverse();
    expect(actions).toEqual([
      'user.create',
      'login',
      'login.failed',
      'user.create',
      'login',
      'document.create',
      'member.add',
      'member.changeRole',
      'member.remove',
      'user.disable',
      'document.delete',
      'login',
      'logout',
    ]);
    const byAction = (action: string) => entries.filter((entry) => entry.action === action);
    expect(byAction('login.failed')[0]).toMatchObject({
      actor: null,
      target: 'admin',
      ip: '127.0.0.1',
      detail: { reason: 'wrong password' },
    });
    expect(byAction('member.changeRole')[0]).toMatchObject({
      actor: { username: 'admin' },
      target: id,
      detail: { userId: user.id, username: 'xu', from: 'viewer', to: 'drafter' },
      ip: '127.0.0.1',
    });
    expect(Date.parse(entries[0]!.at)).not.toBeNaN();

    const viewer = await server.createUser('zheng');
    expect((await server.api('/api/audit', {}, viewer.cookie)).status).toBe(403);
    expect((await server.api('/api/audit?limit=0')).status).toBe(400);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, PublicUser } from '../../../shared/auth/authApi.ts';
import { CLOSE } from '../../../shared/protocol/closeCodes.ts';
import { createClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  TEST_USER_PASSWORD,
  type TestServer,
} from '../../helpers/createTestServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

describe('administering users', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  const patchUser = (id: string, json: unknown, cookie?: string) =>
    server.api(`/api/users/${id}`, { method: 'PATCH', json }, cookie);

  it('creates users with unique names, without password hashes in any answer', async () => {
    const created = await server.createUser('Chen', { displayName: '陈科员' });
    expect(created).toMatchObject({ username: 'Chen', displayName: '陈科员', isAdmin: false });
    expect(created.color).toMatch(/^#[0-9a-f]{6}$/);
    const duplicate = await server.api('/api/users', {
      method: 'POST',
      json: { username: 'chen', password: 'another-password' },
    });
    expect(duplicate.status).toBe(409);
    const list = await (await server.api('/api/users')).text();
    expect(list).toContain('陈科员');
    expect(list).not.toMatch(/scrypt|password/i);
    const byUser = await server.api(
      '/api/users',
      {
        method: 'POST',
        json: { username: 'sneaky', password: 'sneaky-password' },
      },
      created.cookie,
    );
    expect(byUser.status).toBe(403);
  });

  it('locks a disabled user out at once: login, cookie and open socket', async () => {
    const id = await server.createDocument('停用');
    const user = await server.createUser('lin');
    await server.addMember(id, 'lin', 'drafter');
    const client = createClient(server, id, { cookie: user.cookie });
    await client.whenSynced();

    expect((await patchUser(user.id, { disabled: true })).status).toBe(200);
    await waitFor(() => client.closes.length > 0, { message: 'the socket to close' });
    expect(client.closes[0]!.code).toBe(CLOSE.unauthenticated.code);
    client.destroy();
    expect((await server.api('/api/me', {}, user.cookie)).status).toBe(401);
    const login = await server.api(
      '/api/session',
      {
        method: 'POST',
        json: { username: 'lin', password: TEST_USER_PASSWORD },
      },
      null,
    );
    expect(login.status).toBe(403);
    expect(login.headers.getSetCookie()).toEqual([]);

    expect((await patchUser(user.id, { disabled: false })).status).toBe(200);
    expect(await server.login('lin', TEST_USER_PASSWORD)).toMatch(/^codraft_session=/);
  });

  it('keeps an enabled administrator: none can disable themselves or demote the last one', async () => {
    const me = ((await (await server.api('/api/me')).json()) as MeResponse).user;
    const selfDisable = await patchUser(me.id, { disabled: true });
    expect(selfDisable.status).toBe(409);
    expect((await patchUser(me.id, { isAdmin: false })).status).toBe(409);

    const deputy = await server.createUser('deputy', { isAdmin: true });
    expect((await patchUser(me.id, { isAdmin: false })).status).toBe(200);
    expect((await server.api('/api/users')).status).toBe(403);
    // The deputy is now the only administrator.
    expect((await patchUser(deputy.id, { isAdmin: false }, deputy.cookie)).status).toBe(409);
    expect((await patchUser(me.id, { isAdmin: true }, deputy.cookie)).status).toBe(200);
    expect((await server.api('/api/users')).status).toBe(200);
    expect((await patchUser('no-such-user', { displayName: 'x' })).status).toBe(404);
    expect((await patchUser(deputy.id, { displayName: '' })).status).toBe(400);
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const user = await server.createUser('huang');
    const reset = await patchUser(user.id, { password: 'brand-new-password', displayName: '黄' });
    expect(reset.status).toBe(200);
    expect((await reset.json()) as PublicUser).toMatchObject({ displayName: '黄' });
    expect((await server.api('/api/me', {}, user.cookie)).status).toBe(401);
    const old = await server.api(
      '/api/session',
      {
        method: 'POST',
        json: { username: 'huang', password: TEST_USER_PASSWORD },
      },
      null,
    );
    expect(old.status).toBe(401);
    const fresh = await server.login('huang', 'brand-new-password');

    const change = await server.api(
      '/api/me/password',
      {
        method: 'POST',
        json: { currentPassword: 'wrong-password', newPassword: 'another-new-password' },
      },
      fresh,
    );
    expect(change.status).toBe(403);
    const changed = await server.api(
      '/api/me/password',
      {
        method: 'POST',
        json: { currentPassword: 'brand-new-password', newPassword: 'another-new-password' },
      },
      fresh,
    );
    expect(changed.status).toBe(204);
    expect((await server.api('/api/me', {}, fresh)).status).toBe(200);
    await server.login('huang', 'another-new-password');
  });
});

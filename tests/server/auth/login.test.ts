import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse, SessionInfo } from '../../../shared/auth/authApi.ts';
import { CLOSE } from '../../../shared/protocol/closeCodes.ts';
import { createClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  TEST_ADMIN_PASSWORD,
  type TestServer,
} from '../../helpers/createTestServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';

const login = (server: TestServer, username: string, password: string) =>
  server.api('/api/session', { method: 'POST', json: { username, password } }, null);

describe('logging in and out', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('logs in with the right password and sets a safe session cookie', async () => {
    const response = await login(server, 'ADMIN', TEST_ADMIN_PASSWORD);
    expect(response.status).toBe(201);
    const body = (await response.json()) as MeResponse;
    expect(body.user).toMatchObject({ username: 'admin', isAdmin: true });
    expect(JSON.stringify(body)).not.toContain('scrypt');
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^codraft_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    // Plain http: a Secure cookie would never be sent back.
    expect(cookie).not.toContain('Secure');
    const me = await server.api('/api/me', {}, cookie!.split(';')[0]);
    expect(((await me.json()) as MeResponse).user.username).toBe('admin');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await login(server, 'admin', 'not-the-password');
    const unknown = await login(server, 'nobody', 'not-the-password');
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await login(server, '', '')).status).toBe(400);
  });

  it('answers 401 without a session and after logout, and lists and revokes sessions', async () => {
    expect((await server.api('/api/me', {}, null)).status).toBe(401);
    expect(
      (await server.api('/api/me', {}, 'codraft_session=forgedforgedforgedforgedforged')).status,
    ).toBe(401);

    await server.createUser('liuqi');
    const laptop = await server.login('liuqi', 'user-password-for-tests');
    const phone = await server.login('liuqi', 'user-password-for-tests');
    const sessions = (await (
      await server.api('/api/sessions', {}, laptop)
    ).json()) as SessionInfo[];
    const phoneSession = ((await (await server.api('/api/me', {}, phone)).json()) as MeResponse)
      .session;
    // createUser logged in once too.
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    expect(sessions.find((session) => session.id === phoneSession.id)).toMatchObject({
      current: false,
      ip: expect.any(String),
    });

    // Nobody can end someone else's session.
    expect(
      (await server.api(`/api/sessions/${phoneSession.id}`, { method: 'DELETE' })).status,
    ).toBe(404);
    expect((await server.api('/api/me', {}, phone)).status).toBe(200);

    expect(
      (await server.api(`/api/sessions/${phoneSession.id}`, { method: 'DELETE' }, laptop)).status,
    ).toBe(204);
    expect((await server.api('/api/me', {}, phone)).status).toBe(401);
    expect((await server.api('/api/me', {}, laptop)).status).toBe(200);

    const logout = await server.api('/api/session', { method: 'DELETE' }, laptop);
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect((await server.api('/api/me', {}, laptop)).status).toBe(401);
  });

  it('closes the sockets of a session that logs out', async () => {
    const id = await server.createDocument('登出');
    const user = await server.createUser('sunba');
    await server.addMember(id, 'sunba', 'drafter');
    const client = createClient(server, id, { cookie: user.cookie });
    await client.whenSynced();
    await server.api('/api/session', { method: 'DELETE' }, user.cookie);
    await waitFor(() => client.closes.length > 0, { message: 'the socket to close' });
    expect(client.closes[0]!.code).toBe(CLOSE.unauthenticated.code);
    client.destroy();
  });
});

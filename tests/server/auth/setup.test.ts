import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '../../../shared/auth/authApi.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';

describe('first run without CODRAFT_ADMIN_PASSWORD', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer({ admin: false });
  });
  afterAll(async () => {
    await server.close();
  });

  it('asks for the administrator once, logs them in, and refuses a second setup', async () => {
    expect(await (await server.api('/api/setup')).json()).toEqual({ needsSetup: true });
    expect(
      (
        await server.api('/api/session', {
          method: 'POST',
          json: { username: 'admin', password: 'whatever1' },
        })
      ).status,
    ).toBe(401);

    const invalid = await server.api('/api/setup', {
      method: 'POST',
      json: { username: 'x', password: 'short' },
    });
    expect(invalid.status).toBe(400);
    expect(await (await server.api('/api/setup')).json()).toEqual({ needsSetup: true });

    const [first, second] = await Promise.all([
      server.api('/api/setup', {
        method: 'POST',
        json: { username: 'chief', password: 'chief-password', displayName: '王科长' },
      }),
      server.api('/api/setup', {
        method: 'POST',
        json: { username: 'intruder', password: 'intruder-password' },
      }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 409]);
    const winner = first.status === 201 ? first : second;
    const body = (await winner.json()) as MeResponse;
    expect(body.user).toMatchObject({ isAdmin: true, disabled: false });
    const cookie = winner.headers.getSetCookie()[0]!.split(';')[0]!;

    const me = await server.api('/api/me', {}, cookie);
    expect(me.status).toBe(200);
    expect(((await me.json()) as MeResponse).user.id).toBe(body.user.id);

    expect(await (await server.api('/api/setup')).json()).toEqual({ needsSetup: false });
    const again = await server.api('/api/setup', {
      method: 'POST',
      json: { username: 'late', password: 'late-password' },
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'conflict' } });
  });
});

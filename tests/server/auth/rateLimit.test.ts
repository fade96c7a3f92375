import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestServer,
  TEST_USER_PASSWORD,
  type TestServer,
} from '../../helpers/createTestServer.ts';

// The defaults: 5 failures per account and 20 per address within 15 minutes.
const PER_ACCOUNT = 5;
const PER_ADDRESS = 20;

describe('login rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
    await server.createUser('zhouyi');
    await server.createUser('wuer');
  });
  afterAll(async () => {
    await server.close();
  });

  const login = (username: string, password: string) =>
    server.api('/api/session', { method: 'POST', json: { username, password } }, null);

  it('refuses an account after repeated failures, even with the right password', async () => {
    for (let attempt = 0; attempt < PER_ACCOUNT; attempt++) {
      expect((await login('zhouyi', `wrong-${attempt}`)).status).toBe(401);
    }
    const limited = await login('zhouyi', TEST_USER_PASSWORD);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await limited.json()).toMatchObject({ error: { code: 'too_many_requests' } });
    // Another account from the same address is not affected yet.
    expect((await login('wuer', TEST_USER_PASSWORD)).status).toBe(201);
  });

  it('refuses the whole address after more failures, for every account, known or not', async () => {
    // 5 failures so far from this address.
    for (let attempt = PER_ACCOUNT; attempt < PER_ADDRESS; attempt++) {
      const status = (await login(`guess${attempt}`, 'wrong-password')).status;
      expect(status).toBe(401);
    }
    const limited = await login('wuer', TEST_USER_PASSWORD);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login('nobody-at-all', 'x')).status).toBe(429);
    // An existing session keeps working.
    expect((await server.api('/api/me')).status).toBe(200);
  });
});

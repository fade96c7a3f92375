import { afterEach, describe, expect, it } from 'vitest';
import { authApi } from '../../client/api/authApi.ts';
import { documentsApi } from '../../client/api/documentsApi.ts';
import { unauthenticatedSignal } from '../../client/api/unauthenticatedSignal.ts';
import { createSessionStore } from '../../client/identity/createSessionStore.ts';
import { describeLoginError } from '../../client/identity/describeLoginError.ts';
import { translate } from '../../client/i18n/translate.ts';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { apiError, startLocalApi, type LocalApi } from './startLocalApi.ts';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('zh', key, params);

function user(username: string, isAdmin = false): PublicUser {
  return {
    id: `u-${username}`,
    username,
    displayName: username === 'admin' ? '王主任' : '李四',
    color: '#1c7ed6',
    isAdmin,
    disabled: false,
    createdAt: '2026-11-25T06:05:00.000Z',
  };
}

/** The server side of logging in, reduced to who holds the (single) session. */
function authServer(options: { needsSetup: boolean }) {
  const state = {
    needsSetup: options.needsSetup,
    loggedIn: null as PublicUser | null,
    failures: 0,
  };
  const unauthenticated = () => apiError(401, 'unauthenticated', 'Not logged in');
  return {
    state,
    routes: {
      'GET /api/setup': () => ({ body: { needsSetup: state.needsSetup } }),
      'POST /api/setup': ({ body }: { body: unknown }) => {
        const { username } = body as { username: string };
        state.needsSetup = false;
        state.loggedIn = user(username, true);
        return { status: 201, body: { user: state.loggedIn, session: { id: 's1' } } };
      },
      'POST /api/session': ({ body }: { body: unknown }) => {
        const { username, password } = body as { username: string; password: string };
        if (state.failures >= 3) {
          return {
            ...apiError(429, 'too_many_requests', 'Too many'),
            headers: { 'retry-after': '95' },
          };
        }
        if (password !== 'correct horse') {
          state.failures += 1;
          return apiError(401, 'unauthenticated', 'Wrong username or password');
        }
        state.loggedIn = user(username);
        return { status: 201, body: { user: state.loggedIn, session: { id: 's2' } } };
      },
      // Slow to answer, so that other requests answer 401 while the logout is under way.
      'DELETE /api/session': async () => {
        state.loggedIn = null;
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { status: 204 };
      },
      'GET /api/me': () =>
        state.loggedIn ? { body: { user: state.loggedIn } } : unauthenticated(),
      'GET /api/documents': () => (state.loggedIn ? { body: [] } : unauthenticated()),
    },
  };
}

let api: LocalApi | null = null;
afterEach(async () => {
  await api?.close();
  api = null;
});

describe('session store', () => {
  it('asks for the first administrator on a fresh server and is logged in after setup', async () => {
    const server = authServer({ needsSetup: true });
    api = await startLocalApi(server.routes);
    const store = createSessionStore(authApi);
    expect(store.getSnapshot()).toEqual({ status: 'checking' });
    await store.start();
    expect(store.getSnapshot()).toEqual({ status: 'needsSetup' });

    await store.setup({ username: 'admin', password: 'a long password', displayName: '王主任' });
    expect(store.getSnapshot()).toMatchObject({
      status: 'authenticated',
      user: { username: 'admin', displayName: '王主任', isAdmin: true },
    });
    expect(api.calls).not.toContain('GET /api/me');
  });

  it('shows the login page without a session, and a wrong password neither logs in nor counts as expiry', async () => {
    const server = authServer({ needsSetup: false });
    api = await startLocalApi(server.routes);
    const store = createSessionStore(authApi);
    let raised = 0;
    const unsubscribe = unauthenticatedSignal.subscribe(() => (raised += 1));
    await store.start();
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', expired: false });

    const wrong = await store.login('lisi', 'guess').catch((error: unknown) => error);
    expect(describeLoginError(wrong, t)).toBe('用户名或密码错误。');
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', expired: false });
    expect(raised).toBe(0);

    await store.login('lisi', 'correct horse');
    expect(store.getSnapshot()).toMatchObject({
      status: 'authenticated',
      user: { username: 'lisi' },
    });
    unsubscribe();
  });

  it('says how long to wait once logins are rate limited', async () => {
    const server = authServer({ needsSetup: false });
    server.state.failures = 3;
    api = await startLocalApi(server.routes);
    const store = createSessionStore(authApi);
    const limited = await store.login('lisi', 'correct horse').catch((error: unknown) => error);
    expect(describeLoginError(limited, t)).toBe('尝试次数过多，请 2 分钟后再试。');
    expect(store.getSnapshot().status).not.toBe('authenticated');
  });

  it('goes back to the login page, marked expired, when any later request answers 401', async () => {
    const server = authServer({ needsSetup: false });
    server.state.loggedIn = user('lisi');
    api = await startLocalApi(server.routes);
    const store = createSessionStore(authApi);
    const unsubscribe = unauthenticatedSignal.subscribe(store.handleUnauthenticated);
    await store.start();
    expect(store.getSnapshot().status).toBe('authenticated');
    await expect(documentsApi.list()).resolves.toEqual([]);

    // Revoked from another computer.
    server.state.loggedIn = null;
    await expect(documentsApi.list()).rejects.toMatchObject({ status: 401 });
    expect(store.getSnapshot()).toEqual({ status: 'anonymous', expired: true });
    unsubscribe();
  });

  it('is logged out, not expired, after logout even if requests in flight answer 401', async () => {
    const server = authServer({ needsSetup: false });
    server.state.loggedIn = user('lisi');
    api = await startLocalApi(server.routes);
    const store = createSessionStore(authApi);
    const unsubscribe = unauthenticatedSignal.subscribe(store.handleUnauthenticated);
    await store.start();
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.getSnapshot()));
    const loggingOut = store.logout();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(documentsApi.list()).rejects.toMatchObject({ status: 401 });
    await loggingOut;
    expect(seen).toEqual([{ status: 'anonymous', expired: false }]);
    unsubscribe();
  });

  it('says the server is unreachable rather than asking to log in', async () => {
    api = await startLocalApi({
      'GET /api/setup': () => apiError(502, 'internal', 'Bad gateway'),
    });
    const store = createSessionStore(authApi);
    await store.start();
    expect(store.getSnapshot().status).toBe('unreachable');
  });
});

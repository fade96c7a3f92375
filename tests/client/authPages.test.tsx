// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../client/App.tsx';
import { sessionStore } from '../../client/identity/sessionStore.ts';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import { apiError, startLocalApi, type LocalApi } from './startLocalApi.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let api: LocalApi | null = null;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await api?.close();
  api = null;
});

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);

function type(id: string, value: string) {
  const input = byTestId(id) as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const click = (id: string) => act(() => (byTestId(id) as HTMLButtonElement).click());

async function until(predicate: () => boolean, what: string) {
  for (let tries = 0; tries < 200 && !predicate(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  expect(predicate(), what).toBe(true);
}

async function start(path: string) {
  window.history.replaceState(null, '', path);
  act(() => root.render(<App />));
  await act(() => sessionStore.start());
}

const administrator: PublicUser = {
  id: 'u1',
  username: 'admin',
  displayName: '王主任',
  color: '#d9480f',
  isAdmin: true,
  disabled: false,
  createdAt: '2026-11-25T06:05:00.000Z',
};

describe('before login', () => {
  it('has the first visitor create the administrator, then shows the documents', async () => {
    let created: unknown = null;
    api = await startLocalApi({
      'GET /api/setup': () => ({ body: { needsSetup: created === null } }),
      'POST /api/setup': ({ body }) => {
        created = body;
        return { status: 201, body: { user: administrator, session: { id: 's' } } };
      },
      'GET /api/documents': () => ({ body: [] }),
    });
    await start('/');
    expect(byTestId('setup-page')).not.toBeNull();

    type('setup-username', 'admin');
    type('setup-display-name', '王主任');
    type('setup-password', 'a long password');
    type('setup-password-confirm', 'a long passwore');
    click('setup-submit');
    expect(byTestId('setup-error')?.textContent).toBe('两次输入的密码不一致。');
    expect(created).toBeNull();

    type('setup-password-confirm', 'a long password');
    click('setup-submit');
    await until(() => byTestId('doc-list') !== null, 'the document list');
    expect(created).toEqual({
      username: 'admin',
      password: 'a long password',
      displayName: '王主任',
    });
    expect(byTestId('user-menu')?.textContent).toContain('王主任');
    expect(byTestId('nav-admin-users')).not.toBeNull();
    expect(byTestId('nav-audit')).not.toBeNull();
  });

  it('explains a wrong password and a rate limit, and after login opens the page asked for', async () => {
    let attempts = 0;
    let loggedIn = false;
    api = await startLocalApi({
      'GET /api/setup': () => ({ body: { needsSetup: false } }),
      'GET /api/me': () =>
        loggedIn
          ? { body: { user: administrator } }
          : apiError(401, 'unauthenticated', 'no session'),
      'POST /api/session': ({ body }) => {
        attempts += 1;
        if (attempts === 2) {
          return {
            ...apiError(429, 'too_many_requests', 'Too many'),
            headers: { 'retry-after': '30' },
          };
        }
        if ((body as { password: string }).password !== 'right password') {
          return apiError(401, 'unauthenticated', 'Wrong username or password');
        }
        loggedIn = true;
        return {
          status: 201,
          body: { user: { ...administrator, isAdmin: false }, session: { id: 's' } },
        };
      },
      'GET /api/sessions': () => ({
        body: [
          {
            id: 's',
            createdAt: '2026-11-25T06:05:00.000Z',
            lastSeenAt: '2026-11-25T06:05:00.000Z',
            expiresAt: '2026-12-25T06:05:00.000Z',
            ip: '10.0.0.8',
            userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0 Safari/537.36',
            current: true,
          },
        ],
      }),
    });
    await start('/account/sessions');
    expect(byTestId('login-page')).not.toBeNull();

    type('login-username', 'admin');
    type('login-password', 'wrong');
    click('login-submit');
    await until(() => byTestId('login-error') !== null, 'an error');
    expect(byTestId('login-error')?.textContent).toBe('用户名或密码错误。');

    type('login-password', 'right password');
    click('login-submit');
    await until(() => byTestId('login-error')?.textContent?.includes('30 秒') ?? false, 'the wait');
    expect(byTestId('login-error')?.textContent).toBe('尝试次数过多，请 30 秒后再试。');

    type('login-password', 'right password');
    click('login-submit');
    await until(() => byTestId('session-row') !== null, 'the sessions page');
    expect(window.location.pathname).toBe('/account/sessions');
    expect(byTestId('session-row')?.textContent).toContain('Chrome · Windows');
    expect(byTestId('session-row')?.textContent).toContain('2026年11月25日');
    expect(byTestId('nav-admin-users')).toBeNull();
  });

  it('returns to the login page, keeping the address, when the session ends while working', async () => {
    let valid = true;
    api = await startLocalApi({
      'GET /api/setup': () => ({ body: { needsSetup: false } }),
      'GET /api/me': () => ({ body: { user: administrator } }),
      'GET /api/users': () =>
        valid ? { body: [administrator] } : apiError(401, 'unauthenticated', 'session ended'),
    });
    await start('/admin/users');
    await until(() => byTestId('user-row') !== null, 'the users page');
    valid = false;
    click('create-user');
    expect(byTestId('create-user-error')?.textContent).toBe(
      '用户名须为 2–32 位字母、数字或 _ . -。',
    );
    // The page loads its list again, and the server now answers 401.
    act(() => root.render(<></>));
    act(() => root.render(<App />));
    await until(() => byTestId('login-page') !== null, 'the login page');
    expect(byTestId('login-expired')?.textContent).toContain('登录已失效');
    expect(window.location.pathname).toBe('/admin/users');
  });
});

// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../client/api/membersApi.ts';
import { MembersDialog } from '../../client/members/MembersDialog.tsx';
import type { Role } from '../../shared/auth/roles.ts';
import { apiError, startLocalApi, type LocalApi } from './startLocalApi.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ACCOUNTS: Record<string, string> = { wangzr: '王主任', lisi: '李四', zhaoliu: '赵六' };

/** The members API of one report, with its rules: known usernames only, one owner at least. */
function membersServer(initial: Member[]) {
  const members = [...initial];
  const find = (userId: string) => members.findIndex((member) => member.userId === userId);
  const owners = () => members.filter((member) => member.role === 'owner').length;
  return {
    members,
    routes: {
      'GET /api/documents/:id/members': () => ({ body: members }),
      'POST /api/documents/:id/members': ({ body }: { body: unknown }) => {
        const { username, role } = body as { username: string; role: Role };
        if (!ACCOUNTS[username]) return apiError(404, 'not_found', `No user ${username}`);
        if (members.some((member) => member.username === username)) {
          return apiError(409, 'conflict', `${username} is already a member`);
        }
        const added = {
          userId: `u-${username}`,
          username,
          displayName: ACCOUNTS[username]!,
          disabled: false,
          role,
        };
        members.push(added);
        return { status: 201, body: added };
      },
      'PATCH /api/documents/:id/members/:userId': ({
        body,
        params,
      }: {
        body: unknown;
        params: string[];
      }) => {
        const index = find(params[1]!);
        const { role } = body as { role: Role };
        if (members[index]!.role === 'owner' && role !== 'owner' && owners() === 1) {
          return apiError(409, 'conflict', 'A report must keep an owner');
        }
        members[index] = { ...members[index]!, role };
        return { body: members[index] };
      },
      'DELETE /api/documents/:id/members/:userId': ({ params }: { params: string[] }) => {
        members.splice(find(params[1]!), 1);
        return { status: 204 };
      },
    },
  };
}

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

const rows = () =>
  [...container.querySelectorAll('[data-testid="member-row"]')].map(
    (row) => `${row.getAttribute('data-username')}:${row.getAttribute('data-role')}`,
  );
const byTestId = (id: string, within: ParentNode = container) =>
  within.querySelector(`[data-testid="${id}"]`);
const rowOf = (username: string) => container.querySelector(`[data-username="${username}"]`)!;

function setValue(element: Element | null, value: string) {
  const prototype =
    element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  act(() => {
    setter.call(element, value);
    element!.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

async function until(predicate: () => boolean) {
  for (let tries = 0; tries < 100 && !predicate(); tries += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  expect(predicate()).toBe(true);
}

const owner: Member = {
  userId: 'u-wangzr',
  username: 'wangzr',
  displayName: '王主任',
  disabled: false,
  role: 'owner',
};

describe('members dialog', () => {
  it('lets the owner invite by username, change a role and remove, with the server’s answers', async () => {
    const server = membersServer([owner]);
    api = await startLocalApi(server.routes);
    act(() =>
      root.render(
        <MembersDialog
          documentId="r1"
          selfId="u-wangzr"
          canManage
          revision={0}
          onClose={() => {}}
        />,
      ),
    );
    await until(() => rows().length === 1);
    expect(rows()).toEqual(['wangzr:owner']);
    expect(rowOf('wangzr').textContent).toContain('（你）');

    setValue(byTestId('invite-username'), 'lisi');
    setValue(byTestId('invite-role'), 'viewer');
    act(() => (byTestId('invite-submit') as HTMLButtonElement).click());
    await until(() => rows().length === 2);
    expect(rows()).toEqual(['wangzr:owner', 'lisi:viewer']);
    expect(byTestId('invite-message')?.textContent).toBe('已邀请“lisi”，角色：只读。');
    expect(server.members.find((member) => member.username === 'lisi')?.role).toBe('viewer');

    setValue(byTestId('invite-username'), 'nobody');
    act(() => (byTestId('invite-submit') as HTMLButtonElement).click());
    await until(() => byTestId('invite-message')?.textContent?.includes('nobody') ?? false);
    expect(byTestId('invite-message')?.textContent).toBe('没有用户名为“nobody”的账号。');

    setValue(byTestId('member-role-select', rowOf('lisi')), 'leader');
    await until(() => rows().includes('lisi:leader'));
    expect(api.calls).toContain('PATCH /api/documents/r1/members/u-lisi');

    setValue(byTestId('member-role-select', rowOf('wangzr')), 'drafter');
    await until(() => rowOf('wangzr').textContent?.includes('负责人') ?? false);
    await until(() => rowOf('wangzr').querySelector('[role="alert"]') !== null);
    expect(rowOf('wangzr').querySelector('[role="alert"]')?.textContent).toBe(
      '报告至少要有一位负责人：请先指定另一位负责人。',
    );
    expect(rows()).toContain('wangzr:owner');

    act(() => (byTestId('remove-member', rowOf('lisi')) as HTMLButtonElement).click());
    await until(() => rows().length === 1);
    expect(server.members.map((member) => member.username)).toEqual(['wangzr']);
  });

  it('shows a member who may not manage the list read-only', async () => {
    api = await startLocalApi(
      membersServer([
        owner,
        { ...owner, userId: 'u-lisi', username: 'lisi', displayName: '李四', role: 'drafter' },
      ]).routes,
    );
    act(() =>
      root.render(
        <MembersDialog
          documentId="r1"
          selfId="u-lisi"
          canManage={false}
          revision={0}
          onClose={() => {}}
        />,
      ),
    );
    await until(() => rows().length === 2);
    expect(rows()).toEqual(['wangzr:owner', 'lisi:drafter']);
    expect(rowOf('lisi').textContent).toContain('起草人');
    expect(byTestId('member-role-select')).toBeNull();
    expect(byTestId('remove-member')).toBeNull();
    expect(byTestId('invite-username')).toBeNull();
    expect(byTestId('members-read-only')?.textContent).toContain('只有报告负责人或管理员');
  });

  it('reloads when the server announces a membership change', async () => {
    const server = membersServer([owner]);
    api = await startLocalApi(server.routes);
    const render = (revision: number) =>
      root.render(
        <MembersDialog
          documentId="r1"
          selfId="u-wangzr"
          canManage={false}
          revision={revision}
          onClose={() => {}}
        />,
      );
    act(() => render(0));
    await until(() => rows().length === 1);
    server.members.push({
      userId: 'u-zhaoliu',
      username: 'zhaoliu',
      displayName: '赵六',
      disabled: false,
      role: 'viewer',
    });
    act(() => render(1));
    await until(() => rows().length === 2);
    expect(rows()).toContain('zhaoliu:viewer');
  });
});

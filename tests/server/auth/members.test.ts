import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberInfo } from '../../../shared/auth/authApi.ts';
import type { DocumentDetail, DocumentWithRole } from '../../../shared/auth/documentAccessApi.ts';
import {
  createTestServer,
  TEST_ADMIN_PASSWORD,
  TEST_USER_PASSWORD,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { upgradeStatus } from '../../helpers/openRawSocket.ts';

describe('report members and roles', () => {
  let server: TestServer;
  let owner: TestUser;
  let leader: TestUser;
  let outsider: TestUser;

  beforeAll(async () => {
    server = await createTestServer();
    owner = await server.createUser('owner', { displayName: '处长' });
    leader = await server.createUser('leader', { displayName: '科长' });
    outsider = await server.createUser('stranger');
  });
  afterAll(async () => {
    await server.close();
  });

  const list = async (cookie?: string) =>
    (await (await server.api('/api/documents', {}, cookie)).json()) as DocumentWithRole[];

  it('makes the creator owner and lists only the reports a user belongs to', async () => {
    const id = await server.createDocument('处长的报告', owner.cookie);
    expect((await list(owner.cookie)).map((entry) => [entry.id, entry.role])).toEqual([
      [id, 'owner'],
    ]);
    expect(await list(outsider.cookie)).toEqual([]);
    expect((await list()).find((entry) => entry.id === id)).toMatchObject({ role: null });

    const members = (await (
      await server.api(`/api/documents/${id}/members`, {}, owner.cookie)
    ).json()) as MemberInfo[];
    expect(members).toEqual([
      {
        userId: owner.id,
        username: 'owner',
        displayName: '处长',
        color: owner.color,
        disabled: false,
        role: 'owner',
      },
    ]);
    const detail = (await (
      await server.api(`/api/documents/${id}`, {}, owner.cookie)
    ).json()) as DocumentDetail;
    expect(detail).toMatchObject({
      id,
      role: 'owner',
      permissions: { edit: true, manageMembers: true },
    });
  });

  it('lets the owner invite, change roles and remove, and keeps one owner', async () => {
    const id = await server.createDocument('成员', owner.cookie);
    const add = (username: string, role: string, cookie = owner.cookie) =>
      server.api(
        `/api/documents/${id}/members`,
        { method: 'POST', json: { username, role } },
        cookie,
      );
    expect((await add('leader', 'leader')).status).toBe(201);
    expect((await add('LEADER', 'viewer')).status).toBe(409);
    expect((await add('ghost', 'viewer')).status).toBe(404);
    expect((await add('stranger', 'boss')).status).toBe(400);
    // A leader edits and comments, but does not manage members or the report.
    expect((await add('stranger', 'viewer', leader.cookie)).status).toBe(403);
    const rename = (cookie: string) =>
      server.api(`/api/documents/${id}`, { method: 'PATCH', json: { title: '新标题' } }, cookie);
    expect((await rename(leader.cookie)).status).toBe(403);
    expect(
      (await server.api(`/api/documents/${id}`, { method: 'DELETE' }, leader.cookie)).status,
    ).toBe(403);
    expect((await rename(owner.cookie)).status).toBe(200);
    const detail = (await (
      await server.api(`/api/documents/${id}`, {}, leader.cookie)
    ).json()) as DocumentDetail;
    expect(detail).toMatchObject({
      title: '新标题',
      role: 'leader',
      permissions: { edit: true, manageMembers: false },
    });

    const member = (userId: string) => `/api/documents/${id}/members/${userId}`;
    expect((await server.api(member(owner.id), { method: 'DELETE' }, owner.cookie)).status).toBe(
      409,
    );
    expect(
      (
        await server.api(
          member(owner.id),
          { method: 'PATCH', json: { role: 'drafter' } },
          owner.cookie,
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await server.api(
          member(leader.id),
          { method: 'PATCH', json: { role: 'owner' } },
          owner.cookie,
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await server.api(
          member(owner.id),
          { method: 'PATCH', json: { role: 'drafter' } },
          leader.cookie,
        )
      ).status,
    ).toBe(200);
    expect(
      (await server.api(member(outsider.id), { method: 'DELETE' }, leader.cookie)).status,
    ).toBe(404);
    expect((await server.api(member(owner.id), { method: 'DELETE' }, leader.cookie)).status).toBe(
      204,
    );
    expect((await list(owner.cookie)).some((entry) => entry.id === id)).toBe(false);
    expect((await server.api(`/api/documents/${id}`, {}, owner.cookie)).status).toBe(403);
    expect(
      (await server.api(`/api/documents/${id}`, { method: 'DELETE' }, leader.cookie)).status,
    ).toBe(204);
  });
});

describe('a database from before accounts existed', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('is upgraded in place, its reports reachable by administrators only', async () => {
    await server.kill();
    for (const file of fs.readdirSync(server.dataDir)) fs.rmSync(path.join(server.dataDir, file));
    const db = new Database(path.join(server.dataDir, 'codraft.sqlite'));
    db.exec(`
      CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE document_states (document_id TEXT PRIMARY KEY REFERENCES documents(id)
        ON DELETE CASCADE, state BLOB NOT NULL, compacted_at TEXT NOT NULL);
      CREATE TABLE document_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL
        REFERENCES documents(id) ON DELETE CASCADE, data BLOB NOT NULL);
      PRAGMA user_version = 1;
    `);
    const now = new Date().toISOString();
    db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?)').run(
      'legacyReport',
      '旧报告',
      'annual-work-report',
      now,
      now,
    );
    db.prepare('INSERT INTO document_states VALUES (?, ?, ?)').run(
      'legacyReport',
      Buffer.from([0, 0]),
      now,
    );
    db.close();
    await server.restart();

    const admin = await server.login('admin', TEST_ADMIN_PASSWORD);
    // The file was replaced: the session from before is gone with it.
    const created = await server.api(
      '/api/users',
      { method: 'POST', json: { username: 'clerk', password: TEST_USER_PASSWORD } },
      admin,
    );
    expect(created.status).toBe(201);
    const clerk = await server.login('clerk', TEST_USER_PASSWORD);
    const listOf = async (cookie: string) =>
      (await (await server.api('/api/documents', {}, cookie)).json()) as DocumentWithRole[];
    expect(await listOf(admin)).toMatchObject([{ id: 'legacyReport', role: null }]);
    expect(await listOf(clerk)).toEqual([]);
    expect((await server.api('/api/documents/legacyReport', {}, clerk)).status).toBe(403);
    expect((await server.api('/api/documents/legacyReport', {}, admin)).status).toBe(200);
    const socket = `${server.wsUrl}/legacyReport`;
    expect(await upgradeStatus(socket, server.credentials(admin))).toBe(101);
    expect(await upgradeStatus(socket, server.credentials(clerk))).toBe(403);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { findSection, sectionText } from '../../helpers/findSection.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { claim, createReport, createTeam, openAs, waitForLocks } from './lockFixture.ts';

describe('lock lifetime', () => {
  let server: TestServer | null = null;
  const clients: TestClient[] = [];
  const start = async (env: Record<string, string>) => {
    server = await createTestServer({ env });
    const team = await createTeam(server);
    const report = await createReport(server, team);
    return { server, team, ...report };
  };
  const open = async (target: TestServer, id: string, user: TestUser) => {
    const client = await openAs(target, id, user);
    clients.push(client);
    return client;
  };

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server?.close();
    server = null;
  });

  it('ends a lock after the idle time without edits by its holder, not while they type in it', async () => {
    const { server, team, id, sections } = await start({ LOCK_IDLE_MS: '700' });
    const zhang = await open(server, id, team.zhang);
    const li = await open(server, id, team.li);
    expect(await claim(zhang, sections.a1)).toMatchObject({ ok: true });
    expect(await claim(zhang, sections.b)).toMatchObject({ ok: true });
    const started = Date.now();
    // Typing in b1 (inside b) every 150 ms for 1.5 s keeps b alive; a1 expires meanwhile.
    const text = sectionText(findSection(zhang.fragment, sections.b1), 0);
    await waitFor(
      () => {
        text.insert(0, '字');
        return Date.now() - started > 1_500;
      },
      { intervalMs: 150, timeoutMs: 5_000 },
    );
    await waitForLocks(li, [sections.b]);
    expect(zhang.lockNotices).toContainEqual({ kind: 'expired', sectionId: sections.a1 });
    await waitForLocks(li, [], 5_000);
    expect(zhang.lockNotices).toContainEqual({ kind: 'expired', sectionId: sections.b });
  });

  it('ends a lock when its holder stays away for the grace period, not on a quick reconnect', async () => {
    const { server, team, id, sections } = await start({ LOCK_GRACE_MS: '800' });
    const observer = await open(server, id, team.zhao);
    const zhang = createClient(server, id, { cookie: team.zhang.cookie, hello: true });
    await zhang.whenSynced();
    expect(await claim(zhang, sections.a)).toMatchObject({ ok: true });
    const li = createClient(server, id, { cookie: team.li.cookie, hello: true });
    await li.whenSynced();
    expect(await claim(li, sections.c)).toMatchObject({ ok: true });
    await waitForLocks(observer, [sections.a, sections.c]);

    // 张三 drops and comes back at once; 李四 leaves for good a moment later.
    zhang.destroy();
    const back = await open(server, id, team.zhang);
    li.destroy();
    await waitForLocks(observer, [sections.a], 5_000);
    expect(back.locks?.map((lock) => lock.sectionId)).toEqual([sections.a]);
    back.destroy();
    await waitForLocks(observer, [], 5_000);
  });

  it('keeps locks across a restart, and still enforces them', async () => {
    const { server, team, id, sections } = await start({});
    const zhang = createClient(server, id, { cookie: team.zhang.cookie, hello: true });
    await zhang.whenSynced();
    const granted = await claim(zhang, sections.a2);
    expect(granted).toMatchObject({ ok: true });
    zhang.destroy();
    await server.restart();

    const observer = await open(server, id, team.zhao);
    expect(observer.locks).toEqual([granted.result]);
    const before = observer.fragment.toJSON();
    const li = await open(server, id, team.li);
    sectionText(findSection(li.fragment, sections.a2), 0).insert(0, '重启后');
    // After a restart the server answers the client's sync step 1 before sending its own, so the
    // refused edit can come back once more in the client's step 2 and be refused again.
    await waitFor(() => li.rejections.length >= 1);
    for (const rejection of li.rejections) {
      expect(rejection).toMatchObject({ reason: 'locked', sectionId: sections.a2, holder: '张三' });
    }
    const again = await open(server, id, team.zhang);
    sectionText(findSection(again.fragment, sections.a2), 0).insert(0, '本人');
    await waitFor(() => observer.fragment.toJSON() === again.fragment.toJSON());
    expect(observer.fragment.toJSON()).not.toBe(before);
    expect(observer.fragment.toJSON()).not.toContain('重启后');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_ERROR } from '../../../shared/protocol/realtimeRequests.ts';
import type { TestClient } from '../../helpers/createClient.ts';
import {
  createTestServer,
  type TestServer,
  type TestUser,
} from '../../helpers/createTestServer.ts';
import { findSection } from '../../helpers/findSection.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import {
  claim,
  createReport,
  createTeam,
  openAs,
  release,
  waitForLocks,
  type Team,
} from './lockFixture.ts';

describe('lock claims and releases on the realtime channel', () => {
  let server: TestServer;
  let team: Team;
  const clients: TestClient[] = [];
  const open = async (id: string, user: TestUser) => {
    const client = await openAs(server, id, user);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
  });
  afterAll(async () => {
    await server.close();
  });

  it('grants a claim and pushes the set to every socket, on hello too', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    const li = await open(id, team.li);
    expect(zhang.locks).toEqual([]);
    const granted = await claim(zhang, sections.a1);
    expect(granted).toMatchObject({
      ok: true,
      result: {
        sectionId: sections.a1,
        holderId: team.zhang.id,
        holderName: '张三',
        holderColor: team.zhang.color,
        since: expect.any(String),
        lastEditAt: expect.any(String),
      },
    });
    await waitForLocks(li, [sections.a1]);
    expect(li.locks![0]).toEqual(granted.result);
    const late = await open(id, team.zhao);
    expect(late.locks).toEqual([granted.result]);
    // Claiming again answers the same lock.
    expect((await claim(zhang, sections.a1)).result).toEqual(granted.result);
  });

  it('refuses claims on the ancestor, a descendant or the section another holds, not a sibling', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    const li = await open(id, team.li);
    expect(await claim(zhang, sections.a1)).toMatchObject({ ok: true });
    for (const sectionId of [sections.a, sections.a1]) {
      const refused = await claim(li, sectionId);
      expect(refused).toMatchObject({
        ok: false,
        error: {
          code: REQUEST_ERROR.lockConflict,
          message: { zh: expect.stringContaining('张三') },
        },
      });
    }
    expect(await claim(li, sections.a2)).toMatchObject({ ok: true });
    expect(await claim(li, sections.b)).toMatchObject({ ok: true });
    const descendant = await claim(zhang, sections.b1);
    expect(descendant).toMatchObject({ ok: false, error: { code: REQUEST_ERROR.lockConflict } });
    expect(await claim(zhang, 'no-such-section')).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.notFound },
    });
    await waitForLocks(zhang, [sections.a1, sections.a2, sections.b]);
  });

  it('folds the holder’s own locks below into a new claim on their ancestor', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    expect(await claim(zhang, sections.a1)).toMatchObject({ ok: true });
    expect(await claim(zhang, sections.a3)).toMatchObject({ ok: true });
    expect(await claim(zhang, sections.a)).toMatchObject({ ok: true });
    await waitForLocks(zhang, [sections.a]);
  });

  it('lets a leader force a release and tells the holder; another drafter may not', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    const li = await open(id, team.li);
    const wang = await open(id, team.wang);
    expect(await claim(zhang, sections.c)).toMatchObject({ ok: true });
    expect(await release(li, sections.c)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.forbidden },
    });
    expect(await release(li, sections.c, true)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.forbidden },
    });
    expect(zhang.locks).toHaveLength(1);
    expect(await release(wang, sections.c, true)).toMatchObject({ ok: true });
    await waitForLocks(li, []);
    await waitFor(() => zhang.lockNotices.length === 1);
    expect(zhang.lockNotices[0]).toEqual({
      kind: 'forceReleased',
      sectionId: sections.c,
      by: '王五',
    });
    expect(li.lockNotices).toEqual([]);
    expect(await release(wang, sections.c, true)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.notFound },
    });
  });

  it('lets the holder release, and refuses a viewer’s claim', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    const zhao = await open(id, team.zhao);
    expect(await claim(zhao, sections.b)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.forbidden },
    });
    expect(await claim(zhang, sections.b)).toMatchObject({ ok: true });
    await waitForLocks(zhao, [sections.b]);
    expect(await release(zhang, sections.b)).toMatchObject({ ok: true });
    await waitForLocks(zhao, []);
    expect(zhang.lockNotices).toEqual([]);
    expect(await claim(zhang, 42 as unknown as string)).toMatchObject({
      ok: false,
      error: { code: REQUEST_ERROR.invalidPayload },
    });
  });

  it('drops the lock of a section its holder deletes, and keeps it when the holder moves it', async () => {
    const { id, sections } = await createReport(server, team);
    const zhang = await open(id, team.zhang);
    const li = await open(id, team.li);
    expect(await claim(zhang, sections.a3)).toMatchObject({ ok: true });
    expect(await claim(zhang, sections.b)).toMatchObject({ ok: true });
    await waitForLocks(li, [sections.a3, sections.b]);
    zhang.doc.transact(() => {
      const moved = findSection(zhang.fragment, sections.a3);
      const copy = moved.clone();
      const parent = moved.parent as typeof moved;
      parent.delete(parent.toArray().indexOf(moved), 1);
      zhang.fragment.push([copy]);
    });
    const deleted = findSection(zhang.fragment, sections.b);
    zhang.fragment.delete(zhang.fragment.toArray().indexOf(deleted), 1);
    await waitForLocks(li, [sections.a3]);
    await waitFor(() => li.fragment.toJSON() === zhang.fragment.toJSON());
  });
});

import { expect } from 'vitest';
import type { SectionLock } from '../../../shared/locks/SectionLock.ts';
import type { ResponsePayload } from '../../../shared/protocol/customMessages.ts';
import { REQUEST_KIND } from '../../../shared/protocol/realtimeRequests.ts';
import { createClient, type TestClient } from '../../helpers/createClient.ts';
import type { TestServer, TestUser } from '../../helpers/createTestServer.ts';
import { sectionElements } from '../../helpers/findSection.ts';
import { importReport } from '../../helpers/importReport.ts';
import { waitFor } from '../../helpers/waitFor.ts';

/** 张三 and 李四 draft, 王五 leads, 赵六 reads. */
export interface Team {
  zhang: TestUser;
  li: TestUser;
  wang: TestUser;
  zhao: TestUser;
}

/** Section ids of the imported sample: 一、(a) with （一）–（四） (a1–a4), 二、(b) with b1, b2, 三、(c). */
export interface SampleSections {
  a: string;
  a1: string;
  a2: string;
  a3: string;
  a4: string;
  b: string;
  b1: string;
  b2: string;
  c: string;
}

export async function createTeam(server: TestServer): Promise<Team> {
  return {
    zhang: await server.createUser('zhang', { displayName: '张三' }),
    li: await server.createUser('li', { displayName: '李四' }),
    wang: await server.createUser('wang', { displayName: '王五' }),
    zhao: await server.createUser('zhao', { displayName: '赵六' }),
  };
}

/** Imports the sample report with the team as members; resolves with its id and section ids. */
export async function createReport(
  server: TestServer,
  team: Team,
): Promise<{ id: string; sections: SampleSections }> {
  const { id } = await importReport(server);
  await server.addMember(id, team.zhang.username, 'drafter');
  await server.addMember(id, team.li.username, 'drafter');
  await server.addMember(id, team.wang.username, 'leader');
  await server.addMember(id, team.zhao.username, 'viewer');
  const reader = createClient(server, id);
  await reader.whenSynced();
  const ids = sectionElements(reader.fragment).map((element) => String(element.getAttribute('id')));
  reader.destroy();
  expect(ids).toHaveLength(9);
  const [a, a1, a2, a3, a4, b, b1, b2, c] = ids as [string, ...string[]];
  return {
    id,
    sections: { a, a1: a1!, a2: a2!, a3: a3!, a4: a4!, b: b!, b1: b1!, b2: b2!, c: c! },
  };
}

/** A client of `user` that said hello, synced and received the lock set. */
export async function openAs(server: TestServer, id: string, user: TestUser): Promise<TestClient> {
  const client = createClient(server, id, { cookie: user.cookie, hello: true });
  await client.whenSynced();
  await waitFor(() => client.locks !== null, { message: 'the lock set' });
  return client;
}

export function claim(client: TestClient, sectionId: string): Promise<ResponsePayload> {
  return client.request(REQUEST_KIND.lockClaim, { sectionId });
}

export function release(
  client: TestClient,
  sectionId: string,
  force?: boolean,
): Promise<ResponsePayload> {
  return client.request(REQUEST_KIND.lockRelease, { sectionId, force });
}

/** Waits until the client's lock set holds exactly these sections. */
export function waitForLocks(client: TestClient, sectionIds: string[], timeoutMs = 10_000) {
  const wanted = [...sectionIds].sort().join();
  const held = () =>
    (client.locks ?? [])
      .map((lock: SectionLock) => lock.sectionId)
      .sort()
      .join();
  return waitFor(() => client.locks !== null && held() === wanted, {
    timeoutMs,
    message: `locks on [${wanted}], have [${held()}]`,
  });
}

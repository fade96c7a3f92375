import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seededRandom } from '../../../bench/seededRandom.ts';
import type { CommentThread } from '../../../shared/comments/CommentThread.ts';
import type { TestClient } from '../../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../../helpers/createTestServer.ts';
import { waitFor } from '../../helpers/waitFor.ts';
import { createReport, createTeam, type Team } from '../locks/lockFixture.ts';
import { openCommenter, openThread, rangeOn, textInRange, threadOf } from './commentFixture.ts';

const ROUNDS = 40;
// Typed by the random edits; the sample report never contains it.
const TYPED = '㐀';

/** Whether `part` can be had from `whole` by leaving characters out. */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const character of part) {
    at = whole.indexOf(character, at);
    if (at < 0) return false;
    at += character.length;
  }
  return true;
}

function textNodes(fragment: Y.XmlFragment): Y.XmlText[] {
  return [...fragment.createTreeWalker((node) => node instanceof Y.XmlText)] as Y.XmlText[];
}

function paragraphs(fragment: Y.XmlFragment): Y.XmlElement[] {
  return [
    ...fragment.createTreeWalker(
      (node) => node instanceof Y.XmlElement && node.nodeName === 'paragraph',
    ),
  ] as Y.XmlElement[];
}

/** One random edit: mostly typing and deleting text, sometimes a whole paragraph removed. */
function randomEdit(client: TestClient, random: () => number): void {
  const pick = <T>(items: readonly T[]): T | undefined =>
    items[Math.floor(random() * items.length)];
  const roll = random();
  if (roll < 0.05) {
    const paragraph = pick(paragraphs(client.fragment));
    const parent = paragraph?.parent;
    if (paragraph && (parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) {
      parent.delete(parent.toArray().indexOf(paragraph), 1);
    }
    return;
  }
  const text = pick(textNodes(client.fragment).filter((node) => node.length > 0));
  if (!text) return;
  const at = Math.floor(random() * (text.length + 1));
  if (roll < 0.6) text.insert(at, TYPED.repeat(1 + Math.floor(random() * 4)));
  else text.delete(Math.min(at, text.length - 1), 1 + Math.floor(random() * 5));
}

async function converged(clients: TestClient[]): Promise<void> {
  const state = (client: TestClient) =>
    Buffer.from(Y.encodeStateVector(client.doc)).toString('base64');
  await waitFor(
    () =>
      clients.every((client) => client.provider.synced) &&
      clients.every((client) => state(client) === state(clients[0]!)) &&
      clients.every((client) => client.fragment.toString() === clients[0]!.fragment.toString()),
    { timeoutMs: 20_000, message: 'replicas to converge' },
  );
}

describe('comment anchors under random concurrent editing', () => {
  let server: TestServer;
  let team: Team;

  beforeAll(async () => {
    server = await createTestServer();
    team = await createTeam(server);
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([1, 2, 3])(
    'resolves every anchor to the same range on every replica (seed %i)',
    async (seed) => {
      const random = seededRandom(seed);
      const { id } = await createReport(server, team);
      const users = [team.zhang, team.li, team.wang] as const;
      const clients: TestClient[] = [];
      for (const user of users) clients.push(await openCommenter(server, id, user));
      const threads: CommentThread[] = [];

      for (let round = 0; round < ROUNDS; round++) {
        // Some replicas go offline for the round, so their edits arrive late and out of order.
        const offline = clients.filter(() => random() < 0.3);
        for (const client of offline) client.provider.disconnect();
        for (const client of clients) {
          const edits = Math.floor(random() * 4);
          for (let edit = 0; edit < edits; edit++) randomEdit(client, random);
        }
        const online = clients.filter((client) => !offline.includes(client));
        const commenter = online[Math.floor(random() * online.length)];
        if (commenter && random() < 0.5) {
          await waitFor(() => commenter.provider.synced);
          const candidates = textNodes(commenter.fragment).filter((node) => node.length > 2);
          const text = candidates[Math.floor(random() * candidates.length)];
          if (text) {
            const from = Math.floor(random() * (text.length - 1));
            const to = from + 1 + Math.floor(random() * (text.length - from - 1));
            const response = await openThread(commenter, text, from, to, `第${round}轮批注`);
            // The server may already hold a concurrent deletion of the passage: then it refuses.
            if (response.ok) threads.push(threadOf(response));
          }
        }
        for (const client of offline) client.provider.connect();
      }

      await converged(clients);
      const late = await openCommenter(server, id, team.zhao);
      clients.push(late);
      await converged(clients);
      expect(threads.length).toBeGreaterThan(5);
      let attached = 0;
      for (const thread of threads) {
        const ranges = clients.map((client) => rangeOn(client, thread));
        for (const range of ranges) expect(range).toEqual(ranges[0]);
        if (!ranges[0]) continue;
        attached++;
        // What the passage holds now is its original text, less deletions, plus typing.
        const now = textInRange(clients[0]!.fragment, ranges[0]).replaceAll(TYPED, '');
        expect(isSubsequence(now, thread.anchor.quote)).toBe(true);
      }
      expect(attached).toBeGreaterThan(0);
      expect([...late.threads.keys()].sort()).toEqual(threads.map((thread) => thread.id).sort());
      for (const client of clients) client.destroy();
    },
  );
});

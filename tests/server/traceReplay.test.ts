import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createClient, type TestClient } from '../helpers/createClient.ts';
import { createTestServer, type TestServer } from '../helpers/createTestServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

const TRACE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/editing-traces',
);
const TEXT_NAME = 'trace';
const REPLAY_ORIGIN = 'trace-replay';
/** The sequential trace has 137k transactions; a prefix keeps `npm test` short. */
const SEQUENTIAL_PREFIX = 20_000;
const YIELD_EVERY = 200;
const STALL_TIMEOUT_MS = 20_000;

type Patch = [position: number, deleteCount: number, insertText: string];

interface TraceTransaction {
  agent: number;
  parents: number[];
  patches: Patch[];
}

interface EditingTrace {
  startContent: string;
  endContent: string;
  agentCount: number;
  transactions: TraceTransaction[];
}

/** Something a client must have received before the next step may be made. */
interface Witness {
  client: number;
  clock: number;
  /** For a delete-only transaction: the deleted struct that shows it arrived. */
  deleted: boolean;
}

interface ReplayStep {
  update: Uint8Array;
  /** Per other agent, the latest of its transactions among this one's ancestors. */
  dependencies: Witness[];
}

/** Writer 0 gets the lowest id: Yjs orders concurrent inserts at one spot by client id. */
const clientIdOf = (agent: number) => agent + 1;

function loadTrace(name: string): EditingTrace {
  const raw = JSON.parse(
    gunzipSync(readFileSync(path.join(TRACE_DIR, `${name}.json.gz`))).toString('utf8'),
  ) as {
    startContent?: string;
    endContent: string;
    txns: Array<{ agent?: number; parents?: number[]; patches: Patch[] }>;
  };
  const transactions = raw.txns.map((txn, index) => ({
    agent: txn.agent ?? 0,
    parents: txn.parents ?? (index === 0 ? [] : [index - 1]),
    patches: txn.patches,
  }));
  // Positions count code points; Y.Text counts UTF-16 units. They agree without astral characters.
  const astral = /[\u{10000}-\u{10FFFF}]/u;
  if (transactions.some((txn) => txn.patches.some(([, , text]) => astral.test(text)))) {
    throw new Error(`${name}: astral characters would need position conversion`);
  }
  const agentCount = transactions.reduce((count, txn) => Math.max(count, txn.agent + 1), 0);
  return {
    startContent: raw.startContent ?? '',
    endContent: raw.endContent,
    agentCount,
    transactions,
  };
}

function applyPatches(text: Y.Text, patches: Patch[]): void {
  for (const [position, deleteCount, insertText] of patches) {
    if (deleteCount > 0) text.delete(position, deleteCount);
    if (insertText.length > 0) text.insert(position, insertText);
  }
}

function witnessOf(update: Uint8Array): Witness {
  const { structs, ds } = Y.decodeUpdate(update);
  const last = structs.at(-1);
  if (last)
    return { client: last.id.client, clock: last.id.clock + last.length - 1, deleted: false };
  for (const [client, ranges] of ds.clients) {
    if (ranges.length > 0) return { client, clock: ranges[0]!.clock, deleted: true };
  }
  throw new Error('empty update');
}

function holds(doc: Y.Doc, witness: Witness): boolean {
  if (Y.getState(doc.store, witness.client) <= witness.clock) return false;
  if (!witness.deleted) return true;
  const structs = doc.store.clients.get(witness.client)!;
  return structs[Y.findIndexSS(structs, witness.clock)]!.deleted;
}

/**
 * Makes every transaction on a local replica of its writer that holds exactly the merged state of
 * its parents, and returns each writer's resulting updates in order. A writer's transactions form
 * a chain in these traces, so its replica only ever catches up, in trace order, on the others.
 */
function authorTrace(trace: EditingTrace): ReplayStep[][] {
  const { agentCount } = trace;
  const agents = Array.from({ length: agentCount }, (_, agent) => {
    const doc = new Y.Doc();
    doc.clientID = clientIdOf(agent);
    return { doc, received: new Array<number>(agentCount).fill(0) };
  });
  const steps: ReplayStep[][] = agents.map(() => []);
  const traceIndexes: number[][] = agents.map(() => []);
  const clocks: number[][] = agents.map(() => []);
  const versions: number[][] = [];

  for (const [index, txn] of trace.transactions.entries()) {
    const version = new Array<number>(agentCount).fill(0);
    for (const parent of txn.parents) {
      for (let agent = 0; agent < agentCount; agent++) {
        version[agent] = Math.max(version[agent]!, versions[parent]![agent]!);
      }
    }
    if (version[txn.agent] !== steps[txn.agent]!.length) {
      throw new Error(`transaction ${index} does not follow its writer's previous one`);
    }
    const { doc, received } = agents[txn.agent]!;
    for (;;) {
      let next = -1;
      for (let agent = 0; agent < agentCount; agent++) {
        if (agent === txn.agent || received[agent]! >= version[agent]!) continue;
        const at = traceIndexes[agent]![received[agent]!]!;
        if (next < 0 || at < traceIndexes[next]![received[next]!]!) next = agent;
      }
      if (next < 0) break;
      Y.applyUpdate(doc, steps[next]![received[next]!++]!.update);
    }
    for (let agent = 0; agent < agentCount; agent++) {
      const clock = version[agent] === 0 ? 0 : clocks[agent]![version[agent]! - 1]!;
      if (agent !== txn.agent && Y.getState(doc.store, clientIdOf(agent)) !== clock) {
        throw new Error(`transaction ${index}: the replica does not hold exactly its parents`);
      }
    }

    let update: Uint8Array | null = null;
    const capture = (captured: Uint8Array) => {
      update = captured;
    };
    doc.on('update', capture);
    doc.transact(() => applyPatches(doc.getText(TEXT_NAME), txn.patches));
    doc.off('update', capture);
    if (!update) throw new Error(`transaction ${index} changed nothing`);

    const dependencies = version.flatMap((count, agent) =>
      agent === txn.agent || count === 0 ? [] : [witnessOf(steps[agent]![count - 1]!.update)],
    );
    steps[txn.agent]!.push({ update, dependencies });
    traceIndexes[txn.agent]!.push(index);
    clocks[txn.agent]!.push(Y.getState(doc.store, doc.clientID));
    version[txn.agent]!++;
    versions.push(version);
  }
  for (const { doc } of agents) doc.destroy();
  return steps;
}

async function untilReceived(doc: Y.Doc, dependencies: Witness[]): Promise<void> {
  while (!dependencies.every((witness) => holds(doc, witness))) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        doc.off('update', arrived);
        reject(new Error(`stalled waiting for ${JSON.stringify(dependencies)}`));
      }, STALL_TIMEOUT_MS);
      const arrived = () => {
        clearTimeout(timer);
        doc.off('update', arrived);
        resolve();
      };
      doc.on('update', arrived);
    });
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Ships a writer's updates through its client, each once the client has received its parents. */
async function replayWriter(client: TestClient, steps: ReplayStep[]): Promise<void> {
  for (const [index, step] of steps.entries()) {
    await untilReceived(client.doc, step.dependencies);
    Y.applyUpdate(client.doc, step.update, REPLAY_ORIGIN);
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
}

const textOf = (client: TestClient) => client.doc.getText(TEXT_NAME).toString();

async function expectFreshClientToRead(
  server: TestServer,
  documentId: string,
  expected: string,
): Promise<void> {
  const reader = createClient(server, documentId);
  try {
    await reader.whenSynced();
    expect(textOf(reader)).toBe(expected);
  } finally {
    reader.destroy();
  }
}

describe('editing trace replay through the real server', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer({ env: { LOG_LEVEL: 'warn' } });
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(['friendsforever', 'clownschool'])(
    '%s: one client per writer; every client, a late joiner and the restarted server end at endContent',
    async (name) => {
      const trace = loadTrace(name);
      const steps = authorTrace(trace);
      const documentId = await server.createDocument(name);
      const writers = steps.map(() => createClient(server, documentId, { hello: true }));
      try {
        await Promise.all(writers.map((writer) => writer.whenSynced()));
        const started = performance.now();
        await Promise.all(writers.map((writer, agent) => replayWriter(writer, steps[agent]!)));
        // On a timeout the expectations below say which writer differs, and how.
        await waitFor(() => writers.every((writer) => textOf(writer) === trace.endContent), {
          timeoutMs: 30_000,
        }).catch(() => undefined);
        const elapsed = performance.now() - started;
        const updates = steps.reduce((sum, agentSteps) => sum + agentSteps.length, 0);
        console.log(
          `${name}: ${updates} updates from ${writers.length} writers in ${elapsed.toFixed(0)} ms`,
        );
        for (const writer of writers) expect(textOf(writer)).toBe(trace.endContent);
        await Promise.all(writers.map((writer) => writer.whenStored(30_000)));

        await expectFreshClientToRead(server, documentId, trace.endContent);
      } finally {
        for (const writer of writers) writer.destroy();
      }
      await server.restart();
      await expectFreshClientToRead(server, documentId, trace.endContent);
    },
    180_000,
  );

  it('seph-blog1 (sequential): one client types a prefix; a late joiner and the restarted server read it', async () => {
    const trace = loadTrace('seph-blog1');
    const transactions = trace.transactions.slice(0, SEQUENTIAL_PREFIX);
    let expected = trace.startContent;
    for (const { patches } of transactions) {
      for (const [position, deleteCount, insertText] of patches) {
        expected =
          expected.slice(0, position) + insertText + expected.slice(position + deleteCount);
      }
    }
    if (transactions.length === trace.transactions.length) expect(expected).toBe(trace.endContent);

    const documentId = await server.createDocument('seph-blog1');
    const writer = createClient(server, documentId, { hello: true });
    try {
      await writer.whenSynced();
      const text = writer.doc.getText(TEXT_NAME);
      if (trace.startContent) text.insert(0, trace.startContent);
      const started = performance.now();
      for (const [index, { patches }] of transactions.entries()) {
        writer.doc.transact(() => applyPatches(text, patches));
        if (index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      }
      expect(text.toString()).toBe(expected);
      await writer.whenStored(60_000);
      await expectFreshClientToRead(server, documentId, expected);
      console.log(
        `seph-blog1: ${transactions.length} of ${trace.transactions.length} updates ` +
          `in ${(performance.now() - started).toFixed(0)} ms`,
      );
    } finally {
      writer.destroy();
    }
    await server.restart();
    await expectFreshClientToRead(server, documentId, expected);
  }, 180_000);
});

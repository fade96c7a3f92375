import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import { writeReportToFragment } from '../../shared/schema/writeReportToFragment.ts';
import type { BenchScenario } from '../BenchScenario.ts';
import { BenchServer } from '../BenchServer.ts';
import { sleep } from '../benchClock.ts';
import { whenSynced } from '../connectProvider.ts';
import { loadSampleReport } from '../loadSampleReport.ts';
import { toMegabytes } from '../readProcessStats.ts';

const DOCUMENTS = { full: 100, quick: 40 };
const UNLOAD_DELAY_MS = 20_000;
const SAMPLE_EVERY_MS = 500;
const STEADY_SAMPLES = 6;
const STEADY_SPREAD_BYTES = 1024 * 1024;
const SETTLE_LIMIT_MS = 15_000;
const TARGET_MB_PER_DOCUMENT = 1;
/** "Back to baseline": what stays after unloading is at most this share of what loading took. */
const RETURN_TOLERANCE = 0.2;
const CONCURRENCY = 10;
const LATER_ROUNDS = 2;
/** Memory that keeps growing round after round is a leak; allocator noise stays under this. */
const ROUND_GROWTH_LIMIT_MB = 0.5;

const MB = 1024 * 1024;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * N documents, each holding the sample report, are opened by one idle client each: what the
 * server's memory grows by, per document, is what a loaded idle report costs. It is measured
 * again once the clients left (documents still loaded), once the server unloaded them all, and
 * after further rounds of opening and unloading them.
 */
export const idleMemoryScenario: BenchScenario = {
  name: 'idle-memory',
  description: 'server memory per loaded idle report, and after the reports unload',
  async run(options) {
    const count = DOCUMENTS[options.quick ? 'quick' : 'full'];
    const server = await BenchServer.start({
      env: { LOG_LEVEL: 'debug', UNLOAD_DELAY_MS: String(UNLOAD_DELAY_MS) },
      nodeArgs: options.serverNodeArgs,
      inspect: true,
    });
    try {
      const report = loadSampleReport();
      const ids: string[] = [];
      for (let index = 0; index <= count; index++)
        ids.push(await server.createDocument(`idle ${index}`));
      options.log(`writing the sample report into ${ids.length} documents`);
      await eachLimited(ids, async (id) => {
        const doc = new Y.Doc();
        const provider = server.connect(id, doc);
        await whenSynced(provider);
        writeReportToFragment(report, doc.getXmlFragment(CONTENT_FRAGMENT));
        provider.destroy();
      });
      await server.restart();
      const [warmUp, ...documents] = ids;

      // One document opened and unloaded first, so that baseline includes the loaded code.
      let logMark = server.logs.length;
      closeAll(await openAll(server, [warmUp!]));
      await waitForUnloads(server, 1, logMark);
      const baseline = await measureMemory(server);

      logMark = server.logs.length;
      const clients = await openAll(server, documents);
      const loaded = await measureMemory(server);
      closeAll(clients);
      const clientsLeft = await measureMemory(server);
      const unloaded = await waitForUnloads(server, documents.length, logMark);
      const afterUnload = await measureMemory(server);

      // The same reports opened and unloaded again: a leak grows with every round.
      const laterRounds: MemoryFigures[] = [];
      for (let pass = 0; pass < LATER_ROUNDS; pass++) {
        const mark = server.logs.length;
        closeAll(await openAll(server, documents));
        if (!(await waitForUnloads(server, documents.length, mark))) break;
        laterRounds.push(await measureMemory(server));
      }
      const rounds = [afterUnload, ...laterRounds];
      const roundGrowth = rounds.at(-1)!.collectedRss - afterUnload.collectedRss;

      const phases = { baseline, loaded, clientsLeft, afterUnload };
      const show = (pick: (memory: MemoryFigures) => number) =>
        Object.fromEntries(
          Object.entries(phases).map(([phase, memory]) => [phase, toMegabytes(pick(memory))]),
        );
      const perDocumentKb = (pick: (memory: MemoryFigures) => number, phase = loaded) =>
        Math.round((pick(phase) - pick(baseline)) / documents.length / 1024);
      const perDocument = (loaded.collectedRss - baseline.collectedRss) / documents.length;
      const returnedTo = (pick: (memory: MemoryFigures) => number) => {
        const grown = pick(loaded) - pick(baseline);
        const remaining = pick(afterUnload) - pick(baseline);
        return unloaded && remaining <= Math.max(RETURN_TOLERANCE * grown, 1 * MB);
      };
      const heapReturned = returnedTo((memory) => memory.heapUsed);
      const rssReturned = returnedTo((memory) => memory.collectedRss);
      return {
        figures: {
          documents: documents.length,
          reportStateBytes: Y.encodeStateAsUpdate(sampleDoc(report)).byteLength,
          rssMb: show((memory) => memory.rss),
          rssAfterFullGcMb: show((memory) => memory.collectedRss),
          heapUsedAfterFullGcMb: show((memory) => memory.heapUsed),
          perLoadedDocumentKb: {
            rssAfterFullGc: perDocumentKb((memory) => memory.collectedRss),
            heapUsedAfterFullGc: perDocumentKb((memory) => memory.heapUsed),
            rss: perDocumentKb((memory) => memory.rss),
            rssAfterFullGcOnceClientsLeft: perDocumentKb(
              (memory) => memory.collectedRss,
              clientsLeft,
            ),
          },
          remainingAfterUnloadMb: {
            rssAfterFullGc: toMegabytes(afterUnload.collectedRss - baseline.collectedRss),
            heapUsedAfterFullGc: toMegabytes(afterUnload.heapUsed - baseline.heapUsed),
            rss: toMegabytes(afterUnload.rss - baseline.rss),
          },
          rssAfterFullGcAfterEachRoundMb: rounds.map((memory) =>
            toMegabytes(memory.collectedRss - baseline.collectedRss),
          ),
          heapUsedAfterFullGcAfterEachRoundMb: rounds.map((memory) =>
            toMegabytes(memory.heapUsed - baseline.heapUsed),
          ),
          allUnloaded: unloaded && laterRounds.length === LATER_ROUNDS,
          peakRssMb: toMegabytes(server.stats().peakRssBytes),
        },
        targets: [
          {
            name: 'server memory per loaded idle report with its client (MB, RSS after full GC)',
            target: `<= ${TARGET_MB_PER_DOCUMENT}`,
            value: round(perDocument / MB),
            pass: perDocument <= TARGET_MB_PER_DOCUMENT * MB,
          },
          {
            name: 'V8 heap back to baseline once all reports unloaded (after full GC)',
            target: `remaining <= ${RETURN_TOLERANCE * 100}% of the growth, or <= 1 MB`,
            value: heapReturned,
            pass: heapReturned,
          },
          {
            name: 'RSS back to baseline once all reports unloaded (after full GC)',
            target: `remaining <= ${RETURN_TOLERANCE * 100}% of the growth, or <= 1 MB`,
            value: rssReturned,
            pass: rssReturned,
          },
          {
            name: `RSS after ${rounds.length} rounds of loading and unloading every report, against after the first (MB, after full GC)`,
            target: `<= ${ROUND_GROWTH_LIMIT_MB}`,
            value: round(roundGrowth / MB),
            pass: laterRounds.length === LATER_ROUNDS && roundGrowth <= ROUND_GROWTH_LIMIT_MB * MB,
          },
        ],
        notes: [
          '"rss" is /proc VmRSS once steady, as the server left it; the "after full GC" figures ' +
            'are taken after a full collection forced through the V8 inspector, so they show ' +
            'what the server retains rather than when V8 last collected.',
        ],
      };
    } finally {
      await server.close();
    }
  },
};

interface OpenClient {
  doc: Y.Doc;
  destroy(): void;
}

async function openAll(server: BenchServer, ids: string[]): Promise<OpenClient[]> {
  const clients: OpenClient[] = [];
  await eachLimited(ids, async (id) => {
    const doc = new Y.Doc();
    const provider = server.connect(id, doc);
    clients.push({ doc, destroy: () => provider.destroy() });
    await whenSynced(provider);
    if (doc.getXmlFragment(CONTENT_FRAGMENT).length === 0) throw new Error(`${id} is empty`);
  });
  return clients;
}

interface MemoryFigures {
  /** VmRSS once steady, without intervening. */
  rss: number;
  /** RSS and V8 heap in use right after a forced full collection. */
  collectedRss: number;
  heapUsed: number;
}

async function measureMemory(server: BenchServer): Promise<MemoryFigures> {
  const rss = await steadyRss(server);
  const collected = await server.inspector.collectAndMeasure();
  return { rss, collectedRss: collected.rssBytes, heapUsed: collected.heapUsedBytes };
}

/**
 * RSS once it stopped moving (V8 collects and gives memory back some seconds after activity):
 * the mean of the last samples once they lie within 1 MB of each other, or after 15 s.
 */
async function steadyRss(server: BenchServer): Promise<number> {
  const samples: number[] = [];
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  for (;;) {
    await sleep(SAMPLE_EVERY_MS);
    samples.push(server.stats().rssBytes);
    const recent = samples.slice(-STEADY_SAMPLES);
    const steady =
      recent.length === STEADY_SAMPLES &&
      Math.max(...recent) - Math.min(...recent) <= STEADY_SPREAD_BYTES;
    if (steady || Date.now() > deadline) {
      return recent.reduce((sum, value) => sum + value, 0) / recent.length;
    }
  }
}

function closeAll(clients: OpenClient[]): void {
  for (const client of clients) {
    client.destroy();
    client.doc.destroy();
  }
}

function waitForUnloads(server: BenchServer, count: number, from: number): Promise<boolean> {
  return server.waitForLogs((entry) => entry.message === 'document unloaded', {
    count,
    from,
    timeoutMs: UNLOAD_DELAY_MS + 30_000,
  });
}

async function eachLimited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

function sampleDoc(report: ReturnType<typeof loadSampleReport>): Y.Doc {
  const doc = new Y.Doc();
  writeReportToFragment(report, doc.getXmlFragment(CONTENT_FRAGMENT));
  return doc;
}

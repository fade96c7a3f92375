import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import type { BenchScenario } from '../BenchScenario.ts';
import { BenchServer } from '../BenchServer.ts';
import { benchClock } from '../benchClock.ts';
import type { TypedReport } from '../buildTypedReport.ts';
import { cachedTypedReport } from '../cachedTypedReport.ts';
import { whenSynced } from '../connectProvider.ts';
import { median } from '../summarizeLatencies.ts';

const STATE_BYTES = 600 * 1024;
const TARGET_MS = 100;
const UNLOAD_DELAY_MS = 200;
const RUNS = { full: 7, quick: 3 };
const RESTART_RUNS = { full: 3, quick: 1 };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A report of ~600 KB of Yjs state, typed by three drafters, is stored through the server. Each
 * run then times a fresh stock client from construction to `synced`, checking at that moment that
 * it holds the whole report. Between runs the server unloads the document (so it is read from
 * SQLite), or, for the restart figure, the server process is restarted.
 */
export const coldLoadScenario: BenchScenario = {
  name: 'cold-load',
  description:
    'a ~600 KB typed report read from storage reaches a fresh client (construction → synced)',
  async run(options) {
    const mode = options.quick ? 'quick' : 'full';
    const buildStarted = benchClock();
    const report = cachedTypedReport(STATE_BYTES);
    options.log(
      `report: ${report.stateBytes} bytes of state, ${report.keystrokeUpdates} typed updates ` +
        `(${Math.round(benchClock() - buildStarted)} ms to build or read from cache)`,
    );
    const server = await BenchServer.start({
      env: { LOG_LEVEL: 'debug', UNLOAD_DELAY_MS: String(UNLOAD_DELAY_MS) },
      nodeArgs: options.serverNodeArgs,
    });
    try {
      const documentId = await server.createDocument('cold-load');
      const stored = await storeHistory(server, documentId, report);

      const timings: ColdLoadTiming[] = [];
      let complete = true;
      for (let run = 0; run < RUNS[mode]; run++) {
        const logMark = server.logs.length;
        const timing = await timeFreshClient(server, documentId, stored);
        timings.push(timing);
        complete &&= timing.complete;
        await waitForUnload(server, documentId, logMark);
      }

      const afterRestart: number[] = [];
      for (let run = 0; run < RESTART_RUNS[mode]; run++) {
        await server.restart();
        const timing = await timeFreshClient(server, documentId, stored);
        afterRestart.push(timing.ms);
        complete &&= timing.complete;
      }

      const applyMs: number[] = [];
      for (let run = 0; run < 3; run++) {
        const started = benchClock();
        Y.applyUpdate(new Y.Doc(), stored.state);
        applyMs.push(benchClock() - started);
      }

      const medianOf = (pick: (timing: ColdLoadTiming) => number) =>
        round(median(timings.map(pick)));
      const medianMs = medianOf((timing) => timing.ms);
      return {
        figures: {
          stateBytes: stored.state.byteLength,
          typedUpdates: report.keystrokeUpdates,
          storedAs: `${report.batches.length} updates, compacted by the server on unload`,
          runs: timings.length,
          medianMs,
          runsMs: timings.map((timing) => round(timing.ms)),
          medianBreakdownMs: {
            constructionToSocketOpen: medianOf((timing) => timing.openMs),
            socketOpenToSynced: medianOf((timing) => timing.ms - timing.openMs),
          },
          clientApplyStateMedianMs: round(median(applyMs)),
          firstClientAfterRestartMs: afterRestart.map(round),
          contentCompleteAtSynced: complete,
        },
        targets: [
          {
            name: 'cold load, construction to synced (median ms)',
            target: `<= ${TARGET_MS}`,
            value: medianMs,
            pass: medianMs <= TARGET_MS,
          },
          {
            name: 'full content present when synced fires',
            target: 'true',
            value: complete,
            pass: complete,
          },
        ],
        notes: [
          'socketOpenToSynced holds the server reading and applying the stored state, encoding ' +
            'sync step 2, the transfer and the client applying it; clientApplyStateMedianMs is ' +
            'that last part alone (Y.applyUpdate of the whole state in this process).',
        ],
      };
    } finally {
      await server.close();
    }
  },
};

interface StoredContent {
  xml: string;
  stateVector: Uint8Array;
  /** The whole document encoded, as a server sends it to a new client. */
  state: Uint8Array;
}

/**
 * Replaces the new document's template content with the typed history, sent in editing-session
 * batches, then lets the server store and unload it. Resolves with what a reader must get.
 */
async function storeHistory(
  server: BenchServer,
  documentId: string,
  report: TypedReport,
): Promise<StoredContent> {
  const doc = new Y.Doc();
  const provider = server.connect(documentId, doc);
  const logMark = server.logs.length;
  try {
    await whenSynced(provider);
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    if (fragment.length > 0) fragment.delete(0, fragment.length);
    for (const batch of report.batches) {
      Y.applyUpdate(doc, batch);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const stored = {
      xml: fragment.toString(),
      stateVector: Y.encodeStateVector(doc),
      state: Y.encodeStateAsUpdate(doc),
    };
    if (stored.xml !== report.xml) throw new Error('the typed report did not apply as built');
    return stored;
  } finally {
    provider.destroy();
    doc.destroy();
    await waitForUnload(server, documentId, logMark);
  }
}

async function waitForUnload(server: BenchServer, documentId: string, logMark: number) {
  const unloaded = await server.waitForLogs(
    (entry) => entry.message === 'document unloaded' && entry.documentId === documentId,
    { from: logMark, timeoutMs: 30_000 },
  );
  if (!unloaded) throw new Error(`document ${documentId} was not unloaded within 30 s`);
}

interface ColdLoadTiming {
  /** Construction to `synced`. */
  ms: number;
  /** Construction to the socket being open. */
  openMs: number;
  complete: boolean;
}

async function timeFreshClient(
  server: BenchServer,
  documentId: string,
  expected: StoredContent,
): Promise<ColdLoadTiming> {
  const started = benchClock();
  const doc = new Y.Doc();
  const provider = server.connect(documentId, doc);
  let openedAt = 0;
  let syncedAt = 0;
  let stateVector: Uint8Array = new Uint8Array();
  provider.on('status', ({ status }) => {
    if (status === 'connected') openedAt ||= benchClock();
  });
  provider.on('sync', (synced: boolean) => {
    if (!synced || syncedAt) return;
    syncedAt = benchClock();
    stateVector = Y.encodeStateVector(doc);
  });
  try {
    await whenSynced(provider);
    const complete =
      sameStateVector(stateVector, expected.stateVector) &&
      doc.getXmlFragment(CONTENT_FRAGMENT).toString() === expected.xml;
    return { ms: syncedAt - started, openMs: openedAt - started, complete };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

function sameStateVector(actual: Uint8Array, expected: Uint8Array): boolean {
  const left = Y.decodeStateVector(actual);
  const right = Y.decodeStateVector(expected);
  return (
    left.size === right.size && [...right].every(([client, clock]) => left.get(client) === clock)
  );
}

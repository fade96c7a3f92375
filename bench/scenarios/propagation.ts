import os from 'node:os';
import * as Y from 'yjs';
import { writeReportToFragment } from '../../shared/schema/writeReportToFragment.ts';
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames.ts';
import type { BenchScenario, TargetCheck } from '../BenchScenario.ts';
import { BenchServer } from '../BenchServer.ts';
import { benchClock, sleep, sleepUntil } from '../benchClock.ts';
import { ClientFleet } from '../clients/ClientFleet.ts';
import { whenSynced } from '../connectProvider.ts';
import { holdSectionLocks, type LockHolder } from '../holdSectionLocks.ts';
import { loadSampleReport } from '../loadSampleReport.ts';
import { toMegabytes } from '../readProcessStats.ts';
import { readSystemCpu } from '../readSystemCpu.ts';
import { summarizeLatencies } from '../summarizeLatencies.ts';

const WARMUP_SECONDS = { full: 5, quick: 2 };
const MEASURED_SECONDS = { full: 25, quick: 5 };
const SETTLE_MS = 1_000;
const DRAIN_MS = 3_000;

export interface PropagationTargets {
  p99Ms?: number;
  serverMicrosecondsPerDelivery?: number;
}

export interface PropagationSetup {
  name: string;
  clients: number;
  writers: number;
  keysPerSecond: number;
  /** Hold locks on every level-1 section while typing, so every update is inspected. */
  withLocks?: boolean;
  targets: PropagationTargets;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * `clients` stock providers on one document holding the sample report; `writers` of them type
 * one character per keystroke into their own paragraph. Each keystroke's propagation latency is
 * the time from the writer's transaction to the update event at each other client, on the
 * machine-wide monotonic clock. Server CPU and memory come from /proc.
 */
export function propagationScenario(setup: PropagationSetup): BenchScenario {
  return {
    name: setup.name,
    description:
      `${setup.clients} clients on one document, ${setup.writers} typing at ` +
      `${setup.keysPerSecond} keys/s each`,
    async run(options) {
      const mode = options.quick ? 'quick' : 'full';
      const measuredSeconds = options.durationSeconds ?? MEASURED_SECONDS[mode];
      const processes =
        options.clientProcesses ?? (setup.clients <= 10 ? 1 : setup.clients <= 50 ? 2 : 4);
      const server = await BenchServer.start({ nodeArgs: options.serverNodeArgs });
      let fleet: ClientFleet | null = null;
      let holder: LockHolder | null = null;
      try {
        const documentId = await server.createDocument(setup.name);
        await seedSampleReport(server, documentId);
        if (setup.withLocks) holder = await holdSectionLocks(server, documentId);
        const text = sampleCharacters();

        fleet = await ClientFleet.spawn(processes, options.clientNodeArgs);
        options.log(`connecting ${setup.clients} clients in ${processes} processes`);
        const { connectMs } = await fleet.connect({
          wsUrl: server.wsUrl,
          headers: server.socketHeaders,
          documentId,
          clients: setup.clients,
          writers: setup.writers,
          text,
        });
        await sleep(SETTLE_MS);

        const startAt = benchClock() + 200;
        const windowStart = startAt + WARMUP_SECONDS[mode] * 1000;
        const windowEnd = windowStart + measuredSeconds * 1000;
        options.log(`typing for ${WARMUP_SECONDS[mode]} s warm-up + ${measuredSeconds} s measured`);
        const typing = fleet.type(startAt, windowEnd, setup.keysPerSecond);
        await sleepUntil(windowStart);
        const before = server.stats();
        const clientCpuBefore = fleet.cpuSeconds();
        const systemBefore = readSystemCpu();
        await sleepUntil(windowEnd);
        const after = server.stats();
        const clientCpu = fleet.cpuSeconds() - clientCpuBefore;
        const systemCpu = readSystemCpu().busySeconds - systemBefore.busySeconds;
        await typing;
        await sleep(DRAIN_MS);
        const measurement = await fleet.measure(windowStart, windowEnd);
        const peak = server.stats().peakRssBytes;

        const seconds = (windowEnd - windowStart) / 1000;
        const delivered = measurement.latencies.length;
        const cpuSeconds = after.cpuSeconds - before.cpuSeconds;
        const microsecondsPerDelivery = delivered > 0 ? (cpuSeconds * 1e6) / delivered : null;
        const latency = summarizeLatencies(measurement.latencies);

        const targets: TargetCheck[] = [];
        if (setup.targets.p99Ms !== undefined) {
          targets.push({
            name: 'p99 propagation latency (ms)',
            target: `<= ${setup.targets.p99Ms}`,
            value: latency.p99Ms,
            pass: latency.p99Ms !== null && latency.p99Ms <= setup.targets.p99Ms,
          });
        }
        if (setup.targets.serverMicrosecondsPerDelivery !== undefined) {
          const limit = setup.targets.serverMicrosecondsPerDelivery;
          targets.push({
            name: 'server CPU per delivered update (µs)',
            target: `<= ${limit}`,
            value: microsecondsPerDelivery === null ? null : round(microsecondsPerDelivery),
            pass: microsecondsPerDelivery !== null && microsecondsPerDelivery <= limit,
          });
        }
        targets.push({
          name: 'every keystroke reached every other client',
          target: 'missing = 0',
          value: measurement.missing,
          pass: measurement.missing === 0,
        });

        return {
          figures: {
            clients: setup.clients,
            writers: setup.writers,
            keysPerSecondPerWriter: setup.keysPerSecond,
            clientProcesses: processes,
            lockedSections: holder?.sectionIds.length ?? 0,
            connectAllMs: Math.round(connectMs),
            measuredSeconds: round(seconds, 1),
            latencyMs: {
              p50: latency.p50Ms,
              p95: latency.p95Ms,
              p99: latency.p99Ms,
              max: latency.maxMs,
              mean: latency.meanMs,
            },
            latencySamples: latency.samples,
            // Spikes here line up with bursts such as the clients' awareness renewals.
            p99BySecondMs: p99BySecond(measurement.latencies, measurement.seconds),
            updatesPerSecond: round(measurement.keystrokes / seconds, 1),
            deliveredUpdatesPerSecond: round(delivered / seconds, 0),
            missingDeliveries: measurement.missing,
            server: {
              peakRssMb: toMegabytes(peak),
              rssAtEndMb: toMegabytes(after.rssBytes),
              cpuSeconds: round(cpuSeconds),
              cpuPercentOfOneCore: round((cpuSeconds / seconds) * 100, 1),
              cpuMicrosecondsPerDeliveredUpdate:
                microsecondsPerDelivery === null ? null : round(microsecondsPerDelivery),
            },
            // Cores in use during the window: a busy machine inflates latency.
            machineCores: {
              available: os.cpus().length,
              busy: round(systemCpu / seconds),
              server: round(cpuSeconds / seconds),
              clients: round(clientCpu / seconds),
              otherProcesses: round(Math.max(0, systemCpu - cpuSeconds - clientCpu) / seconds),
            },
          },
          targets,
        };
      } finally {
        holder?.release();
        await fleet?.close();
        await server.close();
      }
    },
  };
}

function p99BySecond(latencies: Float64Array, seconds: Uint16Array): Array<number | null> {
  const buckets: number[][] = [];
  seconds.forEach((second, index) => (buckets[second] ??= []).push(latencies[index]!));
  return Array.from(buckets, (bucket) =>
    bucket ? summarizeLatencies(Float64Array.from(bucket)).p99Ms : null,
  );
}

/** Replaces the template content with the sample report, so clients sync a real report. */
async function seedSampleReport(server: BenchServer, documentId: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = server.connect(documentId, doc);
  let seeded: string;
  try {
    await whenSynced(provider);
    const fragment = doc.getXmlFragment(CONTENT_FRAGMENT);
    writeReportToFragment(loadSampleReport(), fragment);
    seeded = fragment.toString();
  } finally {
    provider.destroy();
    doc.destroy();
  }
  const check = new Y.Doc();
  const reader = server.connect(documentId, check);
  try {
    await whenSynced(reader);
    if (check.getXmlFragment(CONTENT_FRAGMENT).toString() !== seeded) {
      throw new Error('the seeded report did not reach the server');
    }
  } finally {
    reader.destroy();
    check.destroy();
  }
}

/** The sample's characters without white space: what writers type, one per keystroke. */
function sampleCharacters(): string {
  const report = loadSampleReport();
  const paragraphs = [
    ...report.lead,
    ...report.sections.flatMap(function flatten(section): typeof report.lead {
      return [...section.body, ...section.children.flatMap(flatten)];
    }),
  ];
  return paragraphs
    .map((block) => (block.type === 'paragraph' ? block.text : ''))
    .join('')
    .replace(/[\s\u{10000}-\u{10FFFF}]/gu, '');
}

import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClock } from '../benchClock.ts';
import { ROOT } from '../BenchServer.ts';
import { readProcessStats, type ProcessStats } from '../readProcessStats.ts';
import type { FleetCommand, FleetMember, FleetReply, SendLog } from './fleetMessages.ts';

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'clientProcess.ts');
const FIRST_CLIENT_ID = 1000;
const REQUEST_TIMEOUT_MS = 120_000;

export interface FleetMeasurement {
  /** Send-to-arrival times of every keystroke sent in the window, at every other client. */
  latencies: Float64Array;
  /** For each latency, the second of the window its keystroke was sent in. */
  seconds: Uint16Array;
  /** Keystroke arrivals expected but never seen. */
  missing: number;
  /** Keystrokes sent in the window. */
  keystrokes: number;
  /** Updates the providers applied from the socket over the whole run. */
  updatesApplied: number;
}

type ReplyOf<T extends FleetReply['type']> = Extract<FleetReply, { type: T }>;

class ClientProcess {
  readonly #child: ChildProcess;
  #waiting: { resolve(reply: FleetReply): void; reject(error: Error): void } | null = null;
  readonly ready: Promise<FleetReply>;

  constructor(nodeArgs: string[]) {
    this.#child = fork(ENTRY, [], {
      cwd: ROOT,
      execArgv: [...nodeArgs, '--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.ready = this.#next();
    this.#child.on('message', (reply: FleetReply) => {
      const waiting = this.#waiting;
      this.#waiting = null;
      if (!waiting) return;
      if (reply.type === 'failed') waiting.reject(new Error(`client process: ${reply.error}`));
      else waiting.resolve(reply);
    });
    this.#child.once('exit', (code, signal) => {
      this.#waiting?.reject(new Error(`client process exited (${code ?? signal})`));
      this.#waiting = null;
    });
  }

  async request<T extends FleetReply['type']>(
    command: FleetCommand,
    expected: T,
    timeoutMs = REQUEST_TIMEOUT_MS,
  ): Promise<ReplyOf<T>> {
    const answer = this.#next(timeoutMs);
    this.#child.send(command);
    const reply = await answer;
    if (reply.type !== expected) throw new Error(`expected ${expected}, got ${reply.type}`);
    return reply as ReplyOf<T>;
  }

  stats(): ProcessStats {
    const { exitCode, signalCode } = this.#child;
    if (exitCode !== null || signalCode !== null) {
      throw new Error(`client process ${this.#child.pid} exited (${exitCode ?? signalCode})`);
    }
    return readProcessStats(this.#child.pid!);
  }

  /** Resolves once the process exited, killing it after `graceMs`. */
  async exit(graceMs: number): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
    const timer = setTimeout(() => this.kill(), graceMs);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill('SIGKILL');
  }

  #next(timeoutMs = REQUEST_TIMEOUT_MS): Promise<FleetReply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = null;
        reject(new Error(`client process did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiting = {
        resolve: (reply) => {
          clearTimeout(timer);
          resolve(reply);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
  }
}

/**
 * Stock providers spread over several client processes, so that hundreds of them do not queue
 * behind one event loop. Members go round-robin over the processes, writers first, so writers
 * are spread too.
 */
export class ClientFleet {
  readonly #processes: ClientProcess[];

  private constructor(processes: ClientProcess[]) {
    this.#processes = processes;
  }

  static async spawn(count: number, nodeArgs: string[] = []): Promise<ClientFleet> {
    const processes = Array.from({ length: count }, () => new ClientProcess(nodeArgs));
    const fleet = new ClientFleet(processes);
    try {
      await Promise.all(processes.map((child) => child.ready));
    } catch (error: unknown) {
      fleet.kill();
      throw error;
    }
    return fleet;
  }

  /** CPU seconds all client processes have used so far. */
  cpuSeconds(): number {
    return this.#processes.reduce((sum, child) => sum + child.stats().cpuSeconds, 0);
  }

  /** Connects `clients` providers of which `writers` type; resolves once all are synced. */
  async connect(options: {
    wsUrl: string;
    headers: Record<string, string>;
    documentId: string;
    clients: number;
    writers: number;
    text: string;
  }): Promise<{ connectMs: number }> {
    const members: FleetMember[][] = this.#processes.map(() => []);
    const writerIds: number[] = [];
    for (let index = 0; index < options.clients; index++) {
      const writer = index < options.writers;
      const clientId = FIRST_CLIENT_ID + index;
      if (writer) writerIds.push(clientId);
      const phase = writer ? index / options.writers : 0;
      members[index % members.length]!.push({ clientId, writer, phase });
    }
    const started = benchClock();
    await Promise.all(
      this.#processes.map((child, index) =>
        child.request(
          { type: 'connect', ...options, members: members[index]!, writerIds },
          'connected',
        ),
      ),
    );
    return { connectMs: benchClock() - started };
  }

  /** Writers type from `startAt` to `stopAt` (bench clock); resolves when they have stopped. */
  async type(startAt: number, stopAt: number, keysPerSecond: number): Promise<void> {
    const timeoutMs = stopAt - benchClock() + REQUEST_TIMEOUT_MS;
    await Promise.all(
      this.#processes.map((child) =>
        child.request({ type: 'type', startAt, stopAt, keysPerSecond }, 'typed', timeoutMs),
      ),
    );
  }

  /** Joins every writer's send times with every client's arrival times. */
  async measure(windowStart: number, windowEnd: number): Promise<FleetMeasurement> {
    const collected = await Promise.all(
      this.#processes.map((child) => child.request({ type: 'collect' }, 'collected')),
    );
    const sends: SendLog[] = collected.flatMap((reply) => reply.sends);
    const measured = await Promise.all(
      this.#processes.map((child) =>
        child.request({ type: 'measure', sends, windowStart, windowEnd }, 'measured'),
      ),
    );
    const total = measured.reduce((sum, reply) => sum + reply.latencies.length, 0);
    const latencies = new Float64Array(total);
    const seconds = new Uint16Array(total);
    let offset = 0;
    for (const reply of measured) {
      latencies.set(reply.latencies, offset);
      seconds.set(reply.seconds, offset);
      offset += reply.latencies.length;
    }
    let keystrokes = 0;
    for (const send of sends) {
      for (const sentAt of send.sentAt)
        if (sentAt >= windowStart && sentAt < windowEnd) keystrokes++;
    }
    return {
      latencies,
      seconds,
      missing: measured.reduce((sum, reply) => sum + reply.missing, 0),
      keystrokes,
      updatesApplied: collected.reduce((sum, reply) => sum + reply.updatesApplied, 0),
    };
  }

  async close(): Promise<void> {
    await Promise.allSettled(
      this.#processes.map(async (child) => {
        await child.request({ type: 'close' }, 'closed', 15_000);
        await child.exit(10_000);
      }),
    );
    this.kill();
  }

  kill(): void {
    for (const child of this.#processes) child.kill();
  }
}

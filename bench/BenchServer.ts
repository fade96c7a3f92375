import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { connectProvider } from './connectProvider.ts';
import { readProcessStats, type ProcessStats } from './readProcessStats.ts';
import { ServerInspector } from './ServerInspector.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const START_TIMEOUT_MS = 30_000;
const BENCH_USER = { username: 'bench', password: 'bench-password-2024' };

export interface BenchServerOptions {
  /** Extra environment, e.g. LOG_LEVEL or UNLOAD_DELAY_MS. */
  env?: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Opens the V8 inspector on 127.0.0.1 so that `inspector` can force garbage collection. */
  inspect?: boolean;
}

export interface LogEntry {
  message?: string;
  documentId?: string;
  [key: string]: unknown;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * The real server as a child process (`node --import tsx server/main.ts`) on 127.0.0.1, a free
 * port and a temporary data directory, so durable append to SQLite is on as in production.
 */
export class BenchServer {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codraft-bench-'));
  readonly #env: Record<string, string>;
  readonly #nodeArgs: string[];
  #child: ChildProcess | null = null;
  #port = 0;
  #cookie: string | null = null;
  #inspector: ServerInspector | null = null;
  readonly #logs: LogEntry[] = [];
  readonly #logWaiters = new Set<() => void>();

  private constructor(options: BenchServerOptions) {
    this.#env = { LOG_LEVEL: 'warn', ...options.env };
    this.#nodeArgs = [
      ...(options.nodeArgs ?? []),
      ...(options.inspect ? ['--inspect=127.0.0.1:0'] : []),
    ];
  }

  static async start(options: BenchServerOptions = {}): Promise<BenchServer> {
    const server = new BenchServer(options);
    await server.#start();
    return server;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }

  /** The `serverUrl` of a WebsocketProvider. */
  get wsUrl(): string {
    return `ws://127.0.0.1:${this.#port}/collab`;
  }

  /**
   * What a browser would send on the socket upgrade: its page origin and, once the server has
   * accounts, the bench user's session cookie.
   */
  get socketHeaders(): Record<string, string> {
    return { origin: this.httpUrl, ...(this.#cookie ? { cookie: this.#cookie } : {}) };
  }

  /** A stock provider on `doc`, connected to the document as the bench user. */
  connect(documentId: string, doc: Y.Doc): WebsocketProvider {
    return connectProvider(this.wsUrl, documentId, doc, this.socketHeaders);
  }

  get inspector(): ServerInspector {
    if (!this.#inspector) throw new Error('the server was not started with `inspect`');
    return this.#inspector;
  }

  get logs(): readonly LogEntry[] {
    return this.#logs;
  }

  stats(): ProcessStats {
    const child = this.#child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server is not running (${child?.exitCode ?? child?.signalCode})`);
    }
    return readProcessStats(child.pid);
  }

  async createDocument(title: string): Promise<string> {
    const response = await this.#post('/api/documents', { title });
    if (response.status !== 201) {
      throw new Error(`creating a document failed: ${response.status} ${await response.text()}`);
    }
    return ((await response.json()) as { id: string }).id;
  }

  /** Resolves once `count` log entries since `from` satisfy `predicate`; false on timeout. */
  async waitForLogs(
    predicate: (entry: LogEntry) => boolean,
    options: { count?: number; from?: number; timeoutMs: number },
  ): Promise<boolean> {
    const { count = 1, from = 0, timeoutMs } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.#logs.slice(from).filter(predicate).length >= count) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.#logWaiters.add(done);
      });
    }
  }

  #post(pathname: string, body: unknown): Promise<Response> {
    return fetch(`${this.httpUrl}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.socketHeaders },
      body: JSON.stringify(body),
    });
  }

  /** Creates the bench user on first start (or logs in) when the server has accounts. */
  async #signIn(): Promise<void> {
    this.#cookie = null;
    const setup = await fetch(`${this.httpUrl}/api/setup`);
    if (!setup.ok || !setup.headers.get('content-type')?.includes('json')) return;
    const { needsSetup } = (await setup.json()) as { needsSetup?: boolean };
    const response = needsSetup
      ? await this.#post('/api/setup', { ...BENCH_USER, displayName: 'Bench' })
      : await this.#post('/api/session', BENCH_USER);
    if (response.status !== 201) {
      throw new Error(`signing in failed: ${response.status} ${await response.text()}`);
    }
    const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]);
    this.#cookie = cookie.join('; ');
  }

  /** Stops gracefully (the server stores and unloads everything) and starts again. */
  async restart(): Promise<void> {
    await this.stop();
    await this.#start();
  }

  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  async #start(): Promise<void> {
    const args = [...this.#nodeArgs, '--import', 'tsx', path.join(ROOT, 'server/main.ts')];
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: {
        ...process.env,
        ...this.#env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    let stderrTail = '';
    this.#inspector = null;
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      stderrTail = (stderrTail + line + '\n').slice(-4000);
      const inspector = /^Debugger listening on (ws:\/\/\S+)/.exec(line);
      if (inspector) this.#inspector = new ServerInspector(inspector[1]!);
      this.#record(line);
    });
    this.#port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`server did not start within ${START_TIMEOUT_MS} ms\n${stderrTail}`)),
        START_TIMEOUT_MS,
      );
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const event = parseJson(line);
        if (event?.event === 'listening' && typeof event.port === 'number') {
          clearTimeout(timer);
          resolve(event.port);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code ?? signal}) before listening\n${stderrTail}`));
      });
    });
    await this.#signIn();
  }

  #record(line: string): void {
    const entry = parseJson(line);
    if (!entry) return;
    if (entry.level === 'error') process.stderr.write(`server: ${line}\n`);
    this.#logs.push(entry as LogEntry);
    for (const waiter of [...this.#logWaiters]) {
      this.#logWaiters.delete(waiter);
      waiter();
    }
  }
}

function parseJson(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_ENTRY = path.join(ROOT, 'server/main.ts');
const START_TIMEOUT_MS = 30_000;

export interface TestServerOptions {
  /** Extra environment for the server process (e.g. UNLOAD_DELAY_MS). */
  env?: Record<string, string>;
  /** Script to run instead of server/main.ts, e.g. one that registers a test hook. */
  entry?: string;
}

export interface TestServer {
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly httpUrl: string;
  /** ws://127.0.0.1:<port>/collab, the `serverUrl` of a WebsocketProvider. */
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Everything the server wrote to stderr (its JSON log lines). */
  readonly logs: string;
  /** Creates a document through the API and resolves with its id. */
  createDocument(title?: string): Promise<string>;
  /** Sends `signal` (default SIGTERM) and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the server if it runs and starts it again on the same data directory. */
  restart(): Promise<void>;
  /** Stops the server and removes its data directory. */
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts a real server process on a free port with a fresh temporary data directory. */
export async function createTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'codraft-test-'));
  let child: ChildProcess | null = null;
  let port = 0;
  let logs = '';

  const start = async (requestedPort: number): Promise<void> => {
    const serverProcess = spawn(
      process.execPath,
      ['--import', 'tsx', options.entry ?? DEFAULT_ENTRY],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PORT: String(requestedPort),
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child = serverProcess;
    running.add(serverProcess);
    serverProcess.once('exit', () => running.delete(serverProcess));
    serverProcess.stderr!.setEncoding('utf8');
    serverProcess.stderr!.on('data', (chunk: string) => {
      logs += chunk;
      if (process.env.CODRAFT_TEST_LOGS) process.stderr.write(chunk);
    });
    port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Server did not start within ${START_TIMEOUT_MS} ms\n${logs}`));
      }, START_TIMEOUT_MS);
      const lines = readline.createInterface({ input: serverProcess.stdout! });
      lines.on('line', (line) => {
        try {
          const event = JSON.parse(line) as { event?: string; port?: number };
          if (event.event === 'listening' && typeof event.port === 'number') {
            clearTimeout(timer);
            resolve(event.port);
          }
        } catch {
          // Not the listening line.
        }
      });
      serverProcess.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Server exited (${code ?? signal}) before listening\n${logs}`));
      });
    });
  };

  const kill = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    const current = child;
    child = null;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
    current.kill(signal);
    await exited;
  };

  try {
    await start(0);
  } catch (error: unknown) {
    await kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  const server: TestServer = {
    get port() {
      return port;
    },
    get httpUrl() {
      return `http://127.0.0.1:${port}`;
    },
    get wsUrl() {
      return `ws://127.0.0.1:${port}/collab`;
    },
    dataDir,
    get logs() {
      return logs;
    },
    async createDocument(title = 'Test document') {
      const response = await fetch(`${server.httpUrl}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title }),
      });
      if (response.status !== 201) {
        throw new Error(`Creating a document failed: ${response.status} ${await response.text()}`);
      }
      return ((await response.json()) as { id: string }).id;
    },
    kill,
    async restart() {
      await kill('SIGTERM');
      // Same port when it is free again, so that providers reconnect by themselves.
      try {
        await start(port);
      } catch {
        await start(0);
      }
    },
    async close() {
      await kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { PublicUser } from '../../shared/auth/authApi.ts';
import type { Role } from '../../shared/auth/roles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT_ENTRY = path.join(ROOT, 'server/main.ts');
const START_TIMEOUT_MS = 30_000;

/** Password of user `admin`, which every test server creates unless `admin: false`. */
export const TEST_ADMIN_PASSWORD = 'admin-password-for-tests';
/** Password `createUser` gives users unless told otherwise. */
export const TEST_USER_PASSWORD = 'user-password-for-tests';

export interface TestServerOptions {
  /** Extra environment for the server process (e.g. UNLOAD_DELAY_MS). */
  env?: Record<string, string>;
  /** Script to run instead of server/main.ts, e.g. one that registers a test hook. */
  entry?: string;
  /** Create user `admin` (TEST_ADMIN_PASSWORD) and log in as them (default true). */
  admin?: boolean;
}

/** `Cookie` and `Origin` a socket is opened with; null leaves the header out. */
export interface SocketCredentials {
  cookie?: string | null;
  origin?: string | null;
}

export interface TestUser extends PublicUser {
  password: string;
  /** `Cookie` header value of a session of this user. */
  cookie: string;
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
  /** `Cookie` header value of the administrator's session; undefined with `admin: false`. */
  readonly adminCookie: string | undefined;
  /** Cookie (default: the administrator's) and this server's own Origin, for sockets. */
  credentials(cookie?: string | null): SocketCredentials;
  /** Logs in through `POST /api/session` and resolves with the `Cookie` header value. */
  login(username: string, password: string): Promise<string>;
  /**
   * Calls the API at `path` (`/api/...`) with a session cookie (default: the administrator's;
   * null for none); `json` is sent as the JSON body.
   */
  api(
    path: string,
    init?: RequestInit & { json?: unknown },
    cookie?: string | null,
  ): Promise<Response>;
  /** `fetch` as the administrator: a drop-in for tests written before logins existed. */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** Creates a user as the administrator and logs them in. */
  createUser(
    username: string,
    options?: { password?: string; displayName?: string; isAdmin?: boolean },
  ): Promise<TestUser>;
  /** Makes an existing user a member of the document with `role`, as the administrator. */
  addMember(documentId: string, username: string, role: Role): Promise<void>;
  /** Creates a document through the API (default: as the administrator) and resolves with its id. */
  createDocument(title?: string, cookie?: string | null): Promise<string>;
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
  let adminCookie: string | undefined;
  const withAdmin = options.admin ?? true;

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
          ...(withAdmin ? { CODRAFT_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD } : {}),
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
    get adminCookie() {
      return adminCookie;
    },
    credentials(cookie = adminCookie) {
      return { cookie, origin: server.httpUrl };
    },
    async login(username, password) {
      const response = await fetch(`${server.httpUrl}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 201) {
        throw new Error(
          `Logging in ${username} failed: ${response.status} ${await response.text()}`,
        );
      }
      const cookie = response.headers
        .getSetCookie()
        .find((line) => line.startsWith('codraft_session='));
      if (!cookie) throw new Error('The login answer set no session cookie');
      return cookie.split(';')[0]!;
    },
    api(path, init = {}, cookie = adminCookie) {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (cookie) headers.set('cookie', cookie);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${server.httpUrl}${path}`, {
        ...rest,
        headers,
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
    },
    fetch(input, init = {}) {
      const headers = new Headers(init.headers);
      if (adminCookie && !headers.has('cookie')) headers.set('cookie', adminCookie);
      const url =
        typeof input === 'string' && input.startsWith('/') ? `${server.httpUrl}${input}` : input;
      return fetch(url, { ...init, headers });
    },
    async createUser(username, userOptions = {}) {
      const password = userOptions.password ?? TEST_USER_PASSWORD;
      const response = await server.api('/api/users', {
        method: 'POST',
        json: {
          username,
          password,
          displayName: userOptions.displayName,
          isAdmin: userOptions.isAdmin,
        },
      });
      if (response.status !== 201) {
        throw new Error(
          `Creating user ${username} failed: ${response.status} ${await response.text()}`,
        );
      }
      const user = (await response.json()) as PublicUser;
      return { ...user, password, cookie: await server.login(username, password) };
    },
    async addMember(documentId, username, role) {
      const response = await server.api(`/api/documents/${documentId}/members`, {
        method: 'POST',
        json: { username, role },
      });
      if (response.status !== 201) {
        throw new Error(`Adding ${username} failed: ${response.status} ${await response.text()}`);
      }
    },
    async createDocument(title = 'Test document', cookie = adminCookie) {
      const response = await server.api(
        '/api/documents',
        { method: 'POST', json: { title } },
        cookie,
      );
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
  if (withAdmin) {
    try {
      adminCookie = await server.login('admin', TEST_ADMIN_PASSWORD);
    } catch (error: unknown) {
      await server.close();
      throw error;
    }
  }
  return server;
}

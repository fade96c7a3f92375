import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  port: number;
  host: string | undefined;
  dataDir: string;
  /** Built client served as static files; the API and socket work without it. */
  clientDir: string;
  logLevel: LogLevel;
  /** How long a document stays in memory after its last connection left. */
  unloadDelayMs: number;
  /** Appended updates after which a document's log is compacted into one state. */
  compactAfterUpdates: number;
  /** Attempts to store a batch before the document is left dirty until its next update. */
  storeRetryLimit: number;
  storeRetryDelayMs: number;
  /** 0: updates arriving in one event-loop turn are stored and broadcast together; more: in that window. */
  batchWindowMs: number;
  /** Presence changes (carets) are relayed together once per window: fewer, larger frames. */
  awarenessWindowMs: number;
  /**
   * Each socket receives the presence renewals it has not seen once per this long, on a turn of
   * its own; stock clients renew every 15–18 s and drop a state after 30 s.
   */
  awarenessRenewalIntervalMs: number;
  /** Least time between two `stored` messages on one document. */
  storedNotifyIntervalMs: number;
  /** Interval of the ping that finds dead sockets. */
  pingIntervalMs: number;
  /** SQLite `synchronous` in WAL mode: normal survives a killed process, full also power loss. */
  sqliteSynchronous: 'normal' | 'full';
  /** Longest time a graceful shutdown may take before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** When set, user `admin` is created (or updated) at start as an administrator with it. */
  adminPassword: string | undefined;
  /** Origins allowed besides the request's own host, for the socket and the API (`scheme://host[:port]`). */
  allowedOrigins: string[];
  /** A session ends after this long without use. */
  sessionTtlMs: number;
  /** Failed logins per account, and per address, within `loginFailureWindowMs` before 429. */
  loginFailuresPerAccount: number;
  loginFailuresPerAddress: number;
  loginFailureWindowMs: number;
  /** A section lock ends after this long without an edit by its holder inside the section. */
  lockIdleMs: number;
  /** A section lock ends when none of its holder's sockets was on the document for this long. */
  lockGraceMs: number;
  /** express `trust proxy`: which proxies' X-Forwarded-For/-Proto to believe (false: none). */
  trustProxy: boolean | number | string;
  /** An automatic version is kept once a report's content went unchanged for this long. */
  versionPauseMs: number;
}

const integer = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

const envSchema = z.object({
  PORT: integer(1234).pipe(z.number().max(65535)),
  HOST: z.string().trim().optional(),
  DATA_DIR: z.string().trim().min(1).default('./data'),
  CLIENT_DIR: z.string().trim().min(1).default('./dist/client'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  UNLOAD_DELAY_MS: integer(10_000),
  COMPACT_AFTER_UPDATES: integer(500, 1),
  STORE_RETRY_LIMIT: integer(5, 1),
  STORE_RETRY_DELAY_MS: integer(200),
  BATCH_WINDOW_MS: integer(0),
  AWARENESS_WINDOW_MS: integer(30),
  // Renewals come every 15–18 s and a state lapses after 30 s: 18 s + 5 s leaves a margin.
  AWARENESS_RENEWAL_INTERVAL_MS: integer(3_000, 1).pipe(z.number().max(5_000)),
  STORED_NOTIFY_INTERVAL_MS: integer(100),
  PING_INTERVAL_MS: integer(30_000, 100),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  SHUTDOWN_TIMEOUT_MS: integer(10_000, 100),
  CODRAFT_ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').max(200).optional(),
  CODRAFT_ALLOWED_ORIGINS: z.string().optional(),
  SESSION_TTL_MS: integer(7 * 24 * 60 * 60 * 1000, 60_000),
  LOGIN_FAILURES_PER_ACCOUNT: integer(5, 1),
  LOGIN_FAILURES_PER_ADDRESS: integer(20, 1),
  LOGIN_FAILURE_WINDOW_MS: integer(15 * 60 * 1000, 1000),
  TRUST_PROXY: z.string().trim().optional(),
  LOCK_IDLE_MS: integer(30 * 60 * 1000, 1),
  LOCK_GRACE_MS: integer(2 * 60 * 1000, 1),
  VERSION_PAUSE_MS: integer(10 * 60 * 1000, 1).pipe(z.number().max(2 ** 31 - 1)),
});

function parseOrigins(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new Error(
          `Invalid configuration: CODRAFT_ALLOWED_ORIGINS: ${entry} is not an origin`,
        );
      }
      if (url.origin === 'null') {
        throw new Error(
          `Invalid configuration: CODRAFT_ALLOWED_ORIGINS: ${entry} is not an origin`,
        );
      }
      return url.origin;
    });
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** Reads the server configuration from the environment once, at start-up. */
export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST || undefined,
    dataDir: path.resolve(values.DATA_DIR),
    clientDir: path.resolve(values.CLIENT_DIR),
    logLevel: values.LOG_LEVEL,
    unloadDelayMs: values.UNLOAD_DELAY_MS,
    compactAfterUpdates: values.COMPACT_AFTER_UPDATES,
    storeRetryLimit: values.STORE_RETRY_LIMIT,
    storeRetryDelayMs: values.STORE_RETRY_DELAY_MS,
    batchWindowMs: values.BATCH_WINDOW_MS,
    awarenessWindowMs: values.AWARENESS_WINDOW_MS,
    awarenessRenewalIntervalMs: values.AWARENESS_RENEWAL_INTERVAL_MS,
    storedNotifyIntervalMs: values.STORED_NOTIFY_INTERVAL_MS,
    pingIntervalMs: values.PING_INTERVAL_MS,
    sqliteSynchronous: values.SQLITE_SYNCHRONOUS,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    adminPassword: values.CODRAFT_ADMIN_PASSWORD,
    allowedOrigins: parseOrigins(values.CODRAFT_ALLOWED_ORIGINS),
    sessionTtlMs: values.SESSION_TTL_MS,
    loginFailuresPerAccount: values.LOGIN_FAILURES_PER_ACCOUNT,
    loginFailuresPerAddress: values.LOGIN_FAILURES_PER_ADDRESS,
    loginFailureWindowMs: values.LOGIN_FAILURE_WINDOW_MS,
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    lockIdleMs: values.LOCK_IDLE_MS,
    lockGraceMs: values.LOCK_GRACE_MS,
    versionPauseMs: values.VERSION_PAUSE_MS,
  };
}

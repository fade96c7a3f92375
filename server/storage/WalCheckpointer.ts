import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../logging/Logger.ts';

export interface CheckpointWorkerData {
  file: string;
  intervalMs: number;
}

export type CheckpointRequest = { type: 'checkpoint'; id: number } | { type: 'stop' };

export interface CheckpointReply {
  id: number;
  /** Frames in the write-ahead log, and how many of them are now in the database file. */
  walFrames: number;
  copiedFrames: number;
}

/** SQLite's own threshold: a checkpoint once the log holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
const WORKER = new URL('./walCheckpointWorker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
// A worker thread does not inherit the TypeScript loader (nodejs/node#47747): it loads its
// entry through tsx's API.
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(import.meta.url)}));`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits
 * past 1000 pages copies the log into the database file and fsyncs it, stalling every socket
 * for milliseconds once every few hundred stored updates. Here the main connection never
 * checkpoints and a worker thread with its own connection does, every `intervalMs`. Should the
 * worker fail, the main connection checkpoints as SQLite does by default again.
 */
export class WalCheckpointer {
  readonly #db: Database.Database;
  readonly #logger: Logger;
  readonly #worker: Worker;
  readonly #waiting = new Map<number, (reply: CheckpointReply | null) => void>();
  #nextId = 0;
  #failed = false;
  readonly #exited: Promise<void>;

  constructor(db: Database.Database, options: { intervalMs: number }, logger: Logger) {
    this.#db = db;
    this.#logger = logger;
    db.pragma('wal_autocheckpoint = 0');
    const data: CheckpointWorkerData = { file: db.name, intervalMs: options.intervalMs };
    this.#worker = new Worker(BOOTSTRAP, { eval: true, workerData: data });
    this.#worker.unref();
    this.#worker.on('message', (reply: CheckpointReply) => {
      this.#waiting.get(reply.id)?.(reply);
      this.#waiting.delete(reply.id);
    });
    this.#worker.on('error', (error: Error) => this.#detach(error));
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    void this.#exited.then(() => this.#detach(null));
  }

  /** Checkpoints now; resolves with the frames copied, or null once the worker is gone. */
  checkpoint(): Promise<CheckpointReply | null> {
    if (this.#failed) return Promise.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#waiting.set(id, resolve);
      this.#worker.postMessage({ type: 'checkpoint', id } satisfies CheckpointRequest);
    });
  }

  /** Stops the worker; the main connection checkpoints from then on, and when it closes. */
  async stop(): Promise<void> {
    if (!this.#failed) this.#worker.postMessage({ type: 'stop' } satisfies CheckpointRequest);
    await this.#exited;
  }

  #detach(error: Error | null): void {
    if (this.#failed) return;
    this.#failed = true;
    if (error) this.#logger.error('WAL checkpoint worker failed', { error });
    if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    for (const resolve of this.#waiting.values()) resolve(null);
    this.#waiting.clear();
  }
}

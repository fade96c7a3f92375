import * as Y from 'yjs';
import type { Logger } from '../logging/Logger.ts';

export interface BatchTarget {
  /** Makes an update durable; throws or rejects when it could not. */
  store(update: Uint8Array): void | Promise<void>;
  /** Sends an update to every socket but `except`. */
  broadcast(update: Uint8Array, except: unknown): void;
  /** Everything accepted so far is durable. */
  stored(): void;
}

export interface BatchOptions {
  retryLimit: number;
  retryDelayMs: number;
  /** 0: a batch is what arrives in one event-loop turn; more: what arrives in that window. */
  windowMs: number;
}

/**
 * Turns the updates accepted during one event-loop turn into one stored update and one
 * broadcast. Storing comes first; when it fails, the updates are still broadcast (they are
 * applied and live in memory), kept as unstored, and storing is retried a bounded number of
 * times.
 */
export class UpdateBatcher {
  readonly #target: BatchTarget;
  readonly #options: BatchOptions;
  readonly #logger: Logger;
  #pending: Uint8Array[] = [];
  readonly #origins = new Set<unknown>();
  #unstored: Uint8Array | null = null;
  #failures = 0;
  #cancelScheduled: (() => void) | null = null;
  #retryTimer: NodeJS.Timeout | null = null;
  #inFlight = 0;
  #chain: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(target: BatchTarget, options: BatchOptions, logger: Logger) {
    this.#target = target;
    this.#options = options;
    this.#logger = logger;
  }

  /** True while accepted updates are not yet durable (queued, being stored, or failed). */
  get unsettled(): boolean {
    return this.#pending.length > 0 || this.#inFlight > 0 || this.#unstored !== null;
  }

  get dirty(): boolean {
    return this.#unstored !== null;
  }

  add(update: Uint8Array, origin: unknown): void {
    if (this.#stopped) return;
    this.#pending.push(update);
    this.#origins.add(origin);
    if (this.#cancelScheduled) return;
    if (this.#options.windowMs > 0) {
      const timer = setTimeout(() => void this.flush(), this.#options.windowMs);
      this.#cancelScheduled = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => void this.flush());
      this.#cancelScheduled = () => clearImmediate(immediate);
    }
  }

  /** Takes back the update added last, which must not be stored or broadcast. */
  dropLast(): void {
    this.#pending.pop();
  }

  /** Stores and broadcasts what is queued now; resolves once that is done. */
  flush(): Promise<void> {
    this.#cancelScheduled?.();
    this.#cancelScheduled = null;
    if (this.#pending.length === 0) return this.#chain;
    const updates = this.#pending;
    const origins = [...this.#origins];
    this.#pending = [];
    this.#origins.clear();
    return this.#enqueue(async () => {
      const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      const stored = await this.#store(update);
      this.#target.broadcast(update, origins.length === 1 ? origins[0] : null);
      if (stored) this.#target.stored();
    });
  }

  /** One more attempt to store what failed before; resolves with whether all is durable. */
  async retry(): Promise<boolean> {
    await this.flush();
    await this.#enqueue(async () => {
      if (this.#unstored && (await this.#store(null))) this.#target.stored();
    });
    return !this.dirty;
  }

  /** Drops everything queued; used when the document is deleted. */
  stop(): void {
    this.#stopped = true;
    this.#pending = [];
    this.#unstored = null;
    this.#cancelScheduled?.();
    this.#cancelScheduled = null;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
  }

  #enqueue(work: () => Promise<void>): Promise<void> {
    this.#inFlight++;
    const run = this.#chain.then(work).finally(() => {
      this.#inFlight--;
    });
    this.#chain = run.catch((error: unknown) => {
      this.#logger.error('update batch failed', { error });
    });
    return this.#chain;
  }

  async #store(update: Uint8Array | null): Promise<boolean> {
    if (this.#stopped) return false;
    const parts = [this.#unstored, update].filter((part): part is Uint8Array => part !== null);
    const merged = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
    try {
      await this.#target.store(merged);
    } catch (error: unknown) {
      this.#unstored = merged;
      this.#failures++;
      const willRetry = this.#failures < this.#options.retryLimit;
      this.#logger.error('storing updates failed; document kept in memory, dirty', {
        attempt: this.#failures,
        willRetry,
        bytes: merged.byteLength,
        error,
      });
      if (willRetry) this.#scheduleRetry();
      return false;
    }
    if (this.#failures > 0)
      this.#logger.info('stored after failures', { attempts: this.#failures });
    this.#unstored = null;
    this.#failures = 0;
    if (this.#retryTimer) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    return true;
  }

  #scheduleRetry(): void {
    if (this.#retryTimer || this.#stopped) return;
    const delay = this.#options.retryDelayMs * 2 ** (this.#failures - 1);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      void this.retry();
    }, delay);
  }
}

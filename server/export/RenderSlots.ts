import { PdfBusyError } from './PdfBusyError.ts';

export interface RenderSlotOptions {
  /** Renders running at once. */
  concurrency: number;
  /** Renders waiting for a slot; one more is refused with PdfBusyError. */
  queueLimit: number;
  /** `Retry-After` of the refusal, in seconds. */
  retryAfterSeconds: number;
}

/**
 * A semaphore with a bounded queue. A slot is taken, or the wait joined, or the refusal thrown,
 * synchronously in `run`, so that the answer does not depend on timing.
 */
export class RenderSlots {
  readonly #options: RenderSlotOptions;
  #running = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(options: RenderSlotOptions) {
    this.#options = options;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running < this.#options.concurrency) {
      this.#running++;
      return this.#runHeld(work);
    }
    if (this.#waiting.length >= this.#options.queueLimit) {
      return Promise.reject(new PdfBusyError(this.#options.retryAfterSeconds));
    }
    return new Promise<void>((resolve) => this.#waiting.push(resolve)).then(() =>
      this.#runHeld(work),
    );
  }

  async #runHeld<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      // The slot passes straight to the next in line, so `running` stays as it is.
      if (next) next();
      else this.#running--;
    }
  }
}

/**
 * Relays presence renewals (a state sent again unchanged, which only keeps it from timing
 * out) spread over `spreadMs` instead of at once. Stock providers renew every 15 s and drop a
 * state not renewed for 30 s; clients that joined together renew together, and relaying each
 * burst to every socket at once stalls every client that has to read it.
 */
export class AwarenessRenewals {
  readonly #spreadMs: number;
  readonly #relay: (clients: number[]) => void;
  readonly #due = new Map<number, number>();
  #timer: NodeJS.Timeout | null = null;

  constructor(spreadMs: number, relay: (clients: number[]) => void) {
    this.#spreadMs = spreadMs;
    this.#relay = relay;
  }

  /** Queues a renewal of `client`; one already queued keeps its turn. */
  add(client: number): void {
    if (this.#due.has(client)) return;
    // A fixed offset per client: its renewals keep their 15 s rhythm, just shifted.
    const offset = this.#spreadMs > 0 ? (Math.imul(client, 2654435761) >>> 0) % this.#spreadMs : 0;
    this.#due.set(client, Date.now() + offset);
    this.#schedule();
  }

  /** Forgets a queued renewal, e.g. because the client's state was just relayed anyway. */
  drop(client: number): void {
    this.#due.delete(client);
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#due.clear();
  }

  #schedule(): void {
    if (this.#timer || this.#due.size === 0) return;
    const next = Math.min(...this.#due.values());
    this.#timer = setTimeout(() => this.#flush(), Math.max(0, next - Date.now()));
  }

  #flush(): void {
    this.#timer = null;
    // Renewals due within the next 50 ms go out with this one message.
    const horizon = Date.now() + 50;
    const clients: number[] = [];
    for (const [client, due] of this.#due) {
      if (due <= horizon) clients.push(client);
    }
    for (const client of clients) this.#due.delete(client);
    if (clients.length > 0) this.#relay(clients);
    this.#schedule();
  }
}

/**
 * Relays presence renewals (a state sent again unchanged, which only keeps it from timing out)
 * to each socket on a turn of its own, once per `intervalMs`, all it has not yet seen in one
 * message. Stock providers renew every 15–18 s, drop a state not renewed for 30 s, and send
 * every state they receive straight back; relaying each renewal to every socket at once costs
 * one message per socket for each renewal, and as many echoes back. Taking turns costs each
 * socket one message (and one echo) per interval however many clients renewed, spread evenly
 * over time, and delays a renewal by at most `intervalMs`.
 */
export class AwarenessRenewals<Target> {
  readonly #tickMs: number;
  readonly #send: (target: Target, clients: number[]) => void;
  /** Targets by turn: turn `i` is served on ticks `i`, `i + turns`, … */
  readonly #turns: Set<Target>[];
  readonly #queues = new Map<Target, { turn: number; clients: Set<number> }>();
  #queued = 0;
  #tick = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    options: { intervalMs: number; tickMs: number },
    send: (target: Target, clients: number[]) => void,
  ) {
    this.#tickMs = Math.max(1, options.tickMs);
    const turns = Math.max(1, Math.round(options.intervalMs / this.#tickMs));
    this.#turns = Array.from({ length: turns }, () => new Set<Target>());
    this.#send = send;
  }

  /** A socket that receives renewals from now on; it takes the least crowded turn. */
  addTarget(target: Target): void {
    if (this.#queues.has(target)) return;
    let turn = 0;
    this.#turns.forEach((targets, index) => {
      if (targets.size < this.#turns[turn]!.size) turn = index;
    });
    this.#turns[turn]!.add(target);
    this.#queues.set(target, { turn, clients: new Set() });
  }

  removeTarget(target: Target): void {
    const queue = this.#queues.get(target);
    if (!queue) return;
    this.#queued -= queue.clients.size;
    this.#turns[queue.turn]!.delete(target);
    this.#queues.delete(target);
    if (this.#queued === 0) this.#pause();
  }

  /** Queues a renewal of `client` for every target but `owner`, the socket it came from. */
  add(client: number, owner: Target | undefined): void {
    for (const [target, queue] of this.#queues) {
      if (target === owner || queue.clients.has(client)) continue;
      queue.clients.add(client);
      this.#queued++;
    }
    if (this.#queued > 0) this.#timer ??= setInterval(() => this.#serveTurn(), this.#tickMs);
  }

  stop(): void {
    this.#pause();
    for (const targets of this.#turns) targets.clear();
    this.#queues.clear();
    this.#queued = 0;
  }

  #serveTurn(): void {
    const turn = this.#tick++ % this.#turns.length;
    for (const target of this.#turns[turn]!) {
      const queue = this.#queues.get(target)!;
      if (queue.clients.size === 0) continue;
      const clients = [...queue.clients];
      this.#queued -= clients.length;
      queue.clients.clear();
      this.#send(target, clients);
    }
    if (this.#queued === 0) this.#pause();
  }

  #pause(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}

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
  /** How many queues hold each client. */
  readonly #queuedClients = new Map<number, number>();
  /** The tick (time / tickMs) whose turn was served last. */
  #servedTick = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    options: { intervalMs: number; tickMs: number },
    send: (target: Target, clients: number[]) => void,
  ) {
    this.#tickMs = Math.max(1, options.tickMs);
    const turns = Math.max(1, Math.floor(options.intervalMs / this.#tickMs));
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
    this.#dequeue(queue.clients);
    this.#turns[queue.turn]!.delete(target);
    this.#queues.delete(target);
    if (this.#queued === 0) this.#pause();
  }

  /** Queues a renewal of `client` for every target but `owner`, the socket it came from. */
  add(client: number, owner: Target | undefined): void {
    let added = 0;
    for (const [target, queue] of this.#queues) {
      if (target === owner || queue.clients.has(client)) continue;
      queue.clients.add(client);
      added++;
    }
    if (added > 0) this.#queuedClients.set(client, (this.#queuedClients.get(client) ?? 0) + added);
    this.#queued += added;
    if (this.#queued > 0 && !this.#timer) {
      this.#servedTick = this.#currentTick();
      this.#timer = setInterval(() => this.#serveDueTurns(), this.#tickMs);
    }
  }

  /** Takes `client` out of every queue: its current state has just gone to everyone. */
  forget(client: number): void {
    if (!this.#queuedClients.has(client)) return;
    for (const queue of this.#queues.values()) queue.clients.delete(client);
    this.#queued -= this.#queuedClients.get(client)!;
    this.#queuedClients.delete(client);
    if (this.#queued === 0) this.#pause();
  }

  stop(): void {
    this.#pause();
    for (const targets of this.#turns) targets.clear();
    this.#queues.clear();
    this.#queuedClients.clear();
    this.#queued = 0;
  }

  /** Turns follow the clock, so a timer running late under load skips no one's turn. */
  #serveDueTurns(): void {
    const now = this.#currentTick();
    // A clock set back: serve the current turn and go on from there.
    const from =
      now < this.#servedTick ? now : Math.max(this.#servedTick + 1, now - this.#turns.length + 1);
    for (let tick = from; tick <= now; tick++) this.#serveTurn(tick % this.#turns.length);
    this.#servedTick = now;
    if (this.#queued === 0) this.#pause();
  }

  #serveTurn(turn: number): void {
    for (const target of this.#turns[turn]!) {
      const queue = this.#queues.get(target)!;
      if (queue.clients.size === 0) continue;
      const clients = [...queue.clients];
      this.#dequeue(queue.clients);
      this.#send(target, clients);
    }
  }

  #dequeue(clients: Set<number>): void {
    for (const client of clients) {
      const left = this.#queuedClients.get(client)! - 1;
      if (left > 0) this.#queuedClients.set(client, left);
      else this.#queuedClients.delete(client);
    }
    this.#queued -= clients.size;
    clients.clear();
  }

  #currentTick(): number {
    return Math.floor(Date.now() / this.#tickMs);
  }

  #pause(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}

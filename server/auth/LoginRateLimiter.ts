export interface RateLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

/** Most keys remembered; the oldest are forgotten first, so a flood cannot exhaust memory. */
const MAX_KEYS = 100_000;

/**
 * Counts failed logins per account and per address in a sliding window. Once either count
 * reaches its limit, logins from that address or for that account are refused until the
 * oldest failure leaves the window.
 */
export class LoginRateLimiter {
  readonly #limits: RateLimits;
  readonly #failures = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(limits: RateLimits, now: () => number = Date.now) {
    this.#limits = limits;
    this.#now = now;
  }

  /** Seconds until a login may be tried again, or 0 when it may be tried now. */
  retryAfterSeconds(account: string, address: string): number {
    const now = this.#now();
    const wait = Math.max(
      this.#wait(accountKey(account), this.#limits.perAccount, now),
      this.#wait(addressKey(address), this.#limits.perAddress, now),
    );
    return Math.ceil(wait / 1000);
  }

  recordFailure(account: string, address: string): void {
    const now = this.#now();
    for (const key of [accountKey(account), addressKey(address)]) {
      const times = this.#recent(key, now);
      times.push(now);
      this.#failures.delete(key);
      this.#failures.set(key, times);
    }
    while (this.#failures.size > MAX_KEYS) {
      this.#failures.delete(this.#failures.keys().next().value!);
    }
  }

  /** A successful login clears the account's failures; the address keeps its count. */
  recordSuccess(account: string): void {
    this.#failures.delete(accountKey(account));
  }

  #wait(key: string, limit: number, now: number): number {
    const times = this.#recent(key, now);
    if (times.length < limit) return 0;
    return times[times.length - limit]! + this.#limits.windowMs - now;
  }

  #recent(key: string, now: number): number[] {
    const times = this.#failures.get(key);
    if (!times) return [];
    const recent = times.filter((time) => time > now - this.#limits.windowMs);
    if (recent.length === 0) this.#failures.delete(key);
    else this.#failures.set(key, recent);
    return recent;
  }
}

const accountKey = (account: string) => `account:${account.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

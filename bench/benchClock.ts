/**
 * Milliseconds on CLOCK_MONOTONIC, which every process on the machine shares, so a send time
 * taken in one client process and a receive time taken in another can be subtracted.
 */
export function benchClock(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

export function sleepUntil(at: number): Promise<void> {
  return sleep(at - benchClock());
}

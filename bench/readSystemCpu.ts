import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds the whole machine spent busy (all cores), from the first line of /proc/stat. */
export function readSystemCpu(): { busySeconds: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, ...fields] = line.trim().split(/\s+/);
  const ticks = fields.map(Number);
  const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = ticks[3]! + ticks[4]!;
  return { busySeconds: (total - idle) / TICKS_PER_SECOND };
}

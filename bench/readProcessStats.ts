import { readFileSync } from 'node:fs';

/** Linux reports utime and stime in clock ticks; USER_HZ is 100 on every common platform. */
const TICKS_PER_SECOND = 100;

export interface ProcessStats {
  /** User plus system CPU time of all the process's threads. */
  cpuSeconds: number;
  rssBytes: number;
  /** VmHWM: the highest resident set size since the process started. */
  peakRssBytes: number;
}

export function readProcessStats(pid: number): ProcessStats {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match) throw new Error(`/proc/${pid}/status has no ${key}`);
    return Number(match[1]) * 1024;
  };
  return {
    cpuSeconds: (userTicks + systemTicks) / TICKS_PER_SECOND,
    rssBytes: kilobytes('VmRSS'),
    peakRssBytes: kilobytes('VmHWM'),
  };
}

export const toMegabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

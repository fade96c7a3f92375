import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchOptions, BenchScenario } from './BenchScenario.ts';
import { benchScenarios } from './benchScenarios.ts';

const USAGE = `Usage: tsx bench/runBench.ts [--quick] [--scenario <name>]... [--duration <s>]
                              [--client-processes <n>] [--list]
                              [--profile-server <dir>] [--profile-clients <dir>]
Prints one JSON document with the figures of every scenario run, each target next to them.`;
const WATCHDOG_MS = { full: 30 * 60_000, quick: 10 * 60_000 };

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

const profileArgs = (directory: string | undefined) =>
  directory ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(directory)}`] : [];

function selectScenarios(names: string[]): BenchScenario[] {
  if (names.length === 0) return benchScenarios;
  const wanted = names.flatMap((name) => name.split(',')).filter(Boolean);
  const unknown = wanted.filter(
    (name) => !benchScenarios.some((scenario) => scenario.name === name),
  );
  if (unknown.length > 0) {
    const known = benchScenarios.map((scenario) => scenario.name).join(', ');
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${known}`);
  }
  return benchScenarios.filter((scenario) => wanted.includes(scenario.name));
}

async function main(): Promise<number> {
  // Every y-websocket provider in Node adds a process `exit` listener.
  process.setMaxListeners(0);
  // Exiting through `exit` lets BenchServer kill the server processes it started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      scenario: { type: 'string', multiple: true, default: [] },
      duration: { type: 'string' },
      'client-processes': { type: 'string' },
      'profile-server': { type: 'string' },
      'profile-clients': { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.list) {
    for (const scenario of benchScenarios) console.log(`${scenario.name}\t${scenario.description}`);
    return 0;
  }
  const scenarios = selectScenarios(values.scenario);
  const positive = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0)
      throw new Error(`--${flag} needs a positive number`);
    return number;
  };
  const options: BenchOptions = {
    quick: values.quick,
    durationSeconds: positive('duration', values.duration),
    clientProcesses: positive('client-processes', values['client-processes']),
    serverNodeArgs: profileArgs(values['profile-server']),
    clientNodeArgs: profileArgs(values['profile-clients']),
    log: (message) => process.stderr.write(`[bench] ${message}\n`),
  };
  const watchdog = setTimeout(
    () => {
      process.stderr.write('[bench] watchdog: the bench ran too long, stopping\n');
      process.exit(1);
    },
    WATCHDOG_MS[values.quick ? 'quick' : 'full'],
  );
  watchdog.unref();

  const results = [];
  for (const scenario of scenarios) {
    options.log(`${scenario.name}: ${scenario.description}`);
    const started = Date.now();
    try {
      const outcome = await scenario.run(options);
      results.push({ scenario: scenario.name, description: scenario.description, ...outcome });
    } catch (error: unknown) {
      options.log(
        `${scenario.name} failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      results.push({
        scenario: scenario.name,
        description: scenario.description,
        error: error instanceof Error ? error.message : String(error),
        targets: [],
      });
    }
    options.log(`${scenario.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const targets = results.flatMap((result) =>
    result.targets.map((target) => ({ scenario: result.scenario, ...target })),
  );
  const failed = results.filter((result) => 'error' in result).map((result) => result.scenario);
  console.log(
    JSON.stringify(
      {
        machine: machine(),
        mode: values.quick ? 'quick' : 'full',
        date: new Date().toISOString(),
        results,
        summary: {
          targetsPassed: targets.filter((target) => target.pass).length,
          targetsMissed: targets.filter((target) => !target.pass),
          scenariosFailed: failed,
        },
      },
      null,
      2,
    ),
  );
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    process.exit(2);
  },
);

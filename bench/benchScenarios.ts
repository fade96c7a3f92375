import type { BenchScenario } from './BenchScenario.ts';
import { coldLoadScenario } from './scenarios/coldLoad.ts';
import { idleMemoryScenario } from './scenarios/idleMemory.ts';
import { outlineCheckScenario } from './scenarios/outlineCheck.ts';
import { propagationScenario } from './scenarios/propagation.ts';

/**
 * Every benchmark `npm run bench` runs, in order. A new benchmark is one file under
 * `scenarios/` exporting a `BenchScenario`, listed here.
 */
export const benchScenarios: BenchScenario[] = [
  propagationScenario({
    name: 'clients-10',
    clients: 10,
    writers: 10,
    keysPerSecond: 5,
    targets: {},
  }),
  propagationScenario({
    name: 'clients-50',
    clients: 50,
    writers: 10,
    keysPerSecond: 5,
    targets: {},
  }),
  propagationScenario({
    name: 'clients-200',
    clients: 200,
    writers: 10,
    keysPerSecond: 5,
    targets: { p99Ms: 20 },
  }),
  propagationScenario({
    name: 'clients-200-locked',
    clients: 200,
    writers: 10,
    keysPerSecond: 5,
    withLocks: true,
    targets: {},
  }),
  propagationScenario({
    name: 'stress-200x40',
    clients: 200,
    writers: 40,
    keysPerSecond: 10,
    targets: { serverMicrosecondsPerDelivery: 5 },
  }),
  coldLoadScenario,
  idleMemoryScenario,
  outlineCheckScenario,
];

export interface BenchOptions {
  /** Short runs for a smoke check; figures are rougher. */
  quick: boolean;
  /** Overrides the measured typing time of the propagation scenarios. */
  durationSeconds?: number;
  /** Overrides how many client processes host the providers. */
  clientProcesses?: number;
  /** Extra node flags for every server process, e.g. `--cpu-prof`. */
  serverNodeArgs: string[];
  /** Extra node flags for every client process. */
  clientNodeArgs: string[];
  log(message: string): void;
}

export interface TargetCheck {
  name: string;
  target: string;
  value: number | boolean | null;
  pass: boolean;
}

export interface ScenarioOutcome {
  figures: Record<string, unknown>;
  targets: TargetCheck[];
  notes?: string[];
}

/** One benchmark; `npm run bench -- --scenario <name>` runs it alone. */
export interface BenchScenario {
  name: string;
  description: string;
  run(options: BenchOptions): Promise<ScenarioOutcome>;
}

import { checkReport } from '../../shared/outline/checkReport.ts';
import { DEFAULT_TEMPLATE_ID } from '../../shared/protocol/defaultTemplateId.ts';
import { getTemplate } from '../../shared/templates/getTemplate.ts';
import type { BenchScenario } from '../BenchScenario.ts';
import { benchClock } from '../benchClock.ts';
import { buildLargeReport, CHARACTERS_PER_PAGE, reportCharacters } from '../buildLargeReport.ts';
import { summarizeLatencies } from '../summarizeLatencies.ts';

const PAGES = 50;
const TARGET_MS = 20;
const RUNS = { full: { warmUp: 20, measured: 200 }, quick: { warmUp: 5, measured: 40 } };

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The live outline check on a 50-page report: `checkReport` against the annual-report template,
 * timed in this process after a warm-up, as the client runs it after a pause in typing.
 */
export const outlineCheckScenario: BenchScenario = {
  name: 'outline-check',
  description: `checkReport on a ${PAGES}-page report (the sample grown by repeating its sub-sections)`,
  async run(options) {
    const runs = RUNS[options.quick ? 'quick' : 'full'];
    const report = buildLargeReport(PAGES);
    const template = getTemplate(DEFAULT_TEMPLATE_ID);
    if (!template) throw new Error(`no template ${DEFAULT_TEMPLATE_ID}`);

    const firstStarted = benchClock();
    const findings = checkReport(report, template).length;
    const firstMs = benchClock() - firstStarted;
    for (let run = 0; run < runs.warmUp; run++) checkReport(report, template);

    const samples = new Float64Array(runs.measured);
    for (let run = 0; run < runs.measured; run++) {
      const started = benchClock();
      checkReport(report, template);
      samples[run] = benchClock() - started;
    }
    const summary = summarizeLatencies(samples);
    const minMs = round(Math.min(...samples));
    const medianMs = summary.p50Ms ?? Number.NaN;
    return {
      figures: {
        pages: PAGES,
        characters: reportCharacters(report),
        charactersPerPage: CHARACTERS_PER_PAGE,
        findings,
        firstRunMs: round(firstMs),
        warmUpRuns: runs.warmUp,
        runs: summary.samples,
        medianMs,
        p95Ms: summary.p95Ms,
        minMs,
        maxMs: summary.maxMs,
      },
      targets: [
        {
          name: `outline check of a ${PAGES}-page report (median ms)`,
          target: `< ${TARGET_MS}`,
          value: medianMs,
          pass: medianMs < TARGET_MS,
        },
      ],
      notes: ['firstRunMs includes JIT compilation; the client re-checks a warm checker.'],
    };
  },
};

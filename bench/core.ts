import { analyze } from '../src/core/analyze';
import { parse } from '../src/core/syntax/parser';
import { mermaidParse } from '../test/unit/support/mermaidParse';
import { bulkTransferStory } from './story';
import { measure, ms, type Check, type Suite, type Timing } from './suite';

/**
 * The core's cost: `analyze` (parse, replay, diagram text) on stories of 1k,
 * 10k and 100k events, against Mermaid's own parse of the diagram we produce.
 * Targets: 10k events under 10 ms; 100k costs at most 12 × 10k (near-linear);
 * analyze at most 5% of mermaid.parse, so the preview's time goes to drawing.
 */
const SIZES = [1_000, 10_000, 100_000];
/** mermaid.parse takes about 2 s per 10k events; at 100k one parse takes tens of seconds, so it is not repeated there. */
const MERMAID_SIZES = [1_000, 10_000];
const TARGET_10K_MS = 10;
const TARGET_GROWTH = 12;
const TARGET_RATIO = 0.05;

function runsFor(events: number): { warmup: number; runs: number } {
  return events >= 100_000 ? { warmup: 1, runs: 5 } : events >= 10_000 ? { warmup: 2, runs: 9 } : { warmup: 3, runs: 15 };
}

export const coreSuite: Suite = {
  name: 'core: parse + analyze vs mermaid.parse',
  async run() {
    const checks: Check[] = [];
    const stories = new Map(SIZES.map((n) => [n, bulkTransferStory(n)]));
    const parseTimes = new Map<number, Timing>();
    const analyzeTimes = new Map<number, Timing>();
    const diagrams = new Map<number, string>();

    for (const [events, text] of stories) {
      const analysis = analyze(text);
      // The workload must be what it claims: one step per event and nothing wrong.
      const errors = analysis.diagnostics.filter((d) => d.severity !== 'hint').length;
      checks.push({
        name: `${events} events: the story replays cleanly`,
        pass: analysis.steps.length === events && errors === 0,
        detail: `${analysis.steps.length} steps, ${errors} errors and warnings`,
      });
      diagrams.set(events, analysis.diagram.text);
      parseTimes.set(events, await measure(() => parse(text), runsFor(events)));
      analyzeTimes.set(events, await measure(() => analyze(text), runsFor(events)));
    }

    // Mermaid runs last: loading it installs a jsdom window, which must not weigh on our timings.
    const mermaidTimes = new Map<number, Timing>();
    for (const events of MERMAID_SIZES) {
      const diagram = diagrams.get(events)!;
      mermaidTimes.set(events, await measure(() => mermaidParse(diagram), { warmup: 1, runs: 5 }));
    }

    const table: string[][] = [['events', 'lines', 'parse ms', 'analyze ms (ours)', 'mermaid.parse ms', 'ours / mermaid.parse']];
    for (const events of SIZES) {
      const ours = analyzeTimes.get(events)!.median;
      const mermaid = mermaidTimes.get(events)?.median;
      table.push([
        String(events),
        String(stories.get(events)!.split('\n').length - 1),
        ms(parseTimes.get(events)!.median),
        ms(ours),
        mermaid === undefined ? 'not run' : ms(mermaid),
        mermaid === undefined ? '—' : (ours / mermaid).toFixed(3),
      ]);
    }
    const growth = analyzeTimes.get(100_000)!.median / analyzeTimes.get(10_000)!.median;
    const parseGrowth = parseTimes.get(100_000)!.median / parseTimes.get(10_000)!.median;
    table.push(['100k / 10k', '', parseGrowth.toFixed(1), growth.toFixed(1), '', '']);

    const tenK = analyzeTimes.get(10_000)!.median;
    checks.push({ name: '10k events', pass: tenK < TARGET_10K_MS, detail: `analyze ${ms(tenK)} ms (target < ${TARGET_10K_MS} ms)` });
    checks.push({ name: 'growth 100k / 10k', pass: growth <= TARGET_GROWTH, detail: `${growth.toFixed(1)} (target ≤ ${TARGET_GROWTH})` });
    for (const events of MERMAID_SIZES) {
      const ratio = analyzeTimes.get(events)!.median / mermaidTimes.get(events)!.median;
      checks.push({ name: `${events} events: ours / mermaid.parse`, pass: ratio <= TARGET_RATIO, detail: `${ratio.toFixed(3)} (target ≤ ${TARGET_RATIO})` });
    }

    return {
      table,
      notes: [
        'medians; ours = analyze() (parse + replay + diagram text); parse is its first stage, shown on its own',
        `mermaid.parse (jsdom) timed at ${MERMAID_SIZES.map((n) => `${n / 1000}k`).join(' and ')} events only: at 100k one parse takes tens of seconds`,
      ],
      checks,
    };
  },
};

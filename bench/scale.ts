import { analyze } from '../src/core/analyze';
import { SCALE_CONSTRUCTS } from '../test/unit/support/scaleStories';
import { measure, ms, type Check, type Suite } from './suite';

/**
 * Each construct a long or hostile script can repeat (test/unit/support/scaleStories.ts),
 * analysed at 1k, 10k and 100k repetitions. Linear work grows about 10 × per step; the target
 * allows 15 ×, for the garbage collector's share at 100k. A rescan per event grows 100 ×.
 */
const SIZES = [1_000, 10_000, 100_000];
const TARGET_GROWTH = 15;

function runsFor(n: number): { warmup: number; runs: number } {
  return n >= 100_000 ? { warmup: 0, runs: 1 } : n >= 10_000 ? { warmup: 1, runs: 3 } : { warmup: 2, runs: 5 };
}

export const scaleSuite: Suite = {
  name: 'scale: constructs repeated 1k → 10k → 100k times',
  async run() {
    const checks: Check[] = [];
    const table: string[][] = [['construct', ...SIZES.map((n) => `${n / 1000}k ms`), '10k / 1k', '100k / 10k']];
    for (const construct of SCALE_CONSTRUCTS) {
      const times: number[] = [];
      for (const n of SIZES) {
        const text = construct.story(n);
        times.push((await measure(() => analyze(text), runsFor(n))).median);
      }
      const growth = times.slice(1).map((t, i) => t / times[i]!);
      table.push([construct.name, ...times.map(ms), ...growth.map((g) => g.toFixed(1))]);
      checks.push({ name: `${construct.name}: 100k / 10k`, pass: growth[1]! <= TARGET_GROWTH, detail: `${growth[1]!.toFixed(1)} (target ≤ ${TARGET_GROWTH})` });
    }
    return {
      table,
      notes: ['medians of analyze() (parse, replay, diagram text); one run at 100k, where each takes seconds'],
      checks,
    };
  },
};

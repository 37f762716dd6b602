import { analyze } from '../src/core/analyze';
import { toMermaid } from '../src/core/diagram/mermaid';
import type { Analysis } from '../src/core/model';
import { bulkTransferStory } from './story';
import { measure, ms, type Check, type Suite, type Timing } from './suite';

/**
 * The diagram text alone: `toMermaid` on replays of 1k, 10k and 100k events,
 * a plain story and one whose every segment carries a label full of text that
 * must be escaped (and Korean, which makes every string two-byte).
 * Targets: the plain 100k-event story well under 100 ms; the labelled one at
 * most 3 × the plain one (escaping must stay a scan, not a parse); and 100k
 * at most 20 × 10k, which any quadratic step would blow far past (the garbage
 * collector alone makes a linear writer of a 5–10 MB string grow by 13–16 here).
 */
const SIZES = [1_000, 10_000, 100_000];
const TARGET_100K_MS = 100;
const TARGET_LABELLED_RATIO = 3;
const TARGET_GROWTH = 20;

/** The bulk transfer with a label on every data segment that exercises the escapes. */
function labelledStory(events: number): string {
  let n = 0;
  return bulkTransferStory(events).replace(/len=100$/gm, () => `len=100 "요청 #${++n}; <GET /a?b=1&c=2> %%{x}%%: done"`);
}

function runsFor(events: number): { warmup: number; runs: number } {
  return events >= 100_000 ? { warmup: 2, runs: 9 } : { warmup: 3, runs: 15 };
}

/** The diagram is consumed as one string: reading it is part of the cost. */
function draw(analysis: Analysis): number {
  const diagram = toMermaid(analysis, { showSeq: true, lang: 'en' });
  return diagram.text.charCodeAt(diagram.text.length - 1) + diagram.elements.length;
}

export const diagramSuite: Suite = {
  name: 'diagram: toMermaid on replayed stories',
  async run() {
    const checks: Check[] = [];
    const table: string[][] = [['events', 'story', 'diagram lines', 'toMermaid ms', 'min ms']];
    const medians = new Map<string, number>();
    for (const [kind, story] of [
      ['plain', bulkTransferStory],
      ['labelled', labelledStory],
    ] as const) {
      for (const events of SIZES) {
        const analysis = analyze(story(events));
        const timing: Timing = await measure(() => draw(analysis), runsFor(events));
        const lines = toMermaid(analysis, { showSeq: true, lang: 'en' }).text.split('\n').length - 1;
        table.push([String(events), kind, String(lines), ms(timing.median), ms(timing.min)]);
        medians.set(`${kind}/${events}`, timing.median);
      }
      const growth = medians.get(`${kind}/100000`)! / medians.get(`${kind}/10000`)!;
      checks.push({ name: `${kind}: growth 100k / 10k`, pass: growth <= TARGET_GROWTH, detail: `${growth.toFixed(1)} (target ≤ ${TARGET_GROWTH})` });
    }
    const plain = medians.get('plain/100000')!;
    const labelled = medians.get('labelled/100000')! / plain;
    checks.push({ name: 'plain: 100k events', pass: plain < TARGET_100K_MS, detail: `${ms(plain)} ms (target < ${TARGET_100K_MS} ms)` });
    checks.push({
      name: 'labelled / plain at 100k events',
      pass: labelled <= TARGET_LABELLED_RATIO,
      detail: `${labelled.toFixed(1)} (target ≤ ${TARGET_LABELLED_RATIO})`,
    });
    return {
      table,
      notes: ['medians; the replay is done once beforehand, so only the diagram text is timed (including reading the string once)'],
      checks,
    };
  },
};

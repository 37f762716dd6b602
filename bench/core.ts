import * as inspector from 'inspector';
import * as v8 from 'v8';
import { analyze, analyzeInSlices } from '../src/core/analyze';
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
/** analyze at most this many times the bare scan of the same text, at 10k and 100k events. */
const TARGET_SCAN_RATIO = 4;
/** Heap an analysis keeps alive, per event. */
const TARGET_RETAINED_BYTES = 1024;
/** The editor's stall target: no slice of a sliced analysis may hold the thread longer. */
const TARGET_SLICE_MS = 50;

function runsFor(events: number): { warmup: number; runs: number } {
  return events >= 100_000 ? { warmup: 1, runs: 5 } : events >= 10_000 ? { warmup: 2, runs: 9 } : { warmup: 3, runs: 15 };
}

export const coreSuite: Suite = {
  name: 'core: parse + analyze vs mermaid.parse',
  async run() {
    const checks: Check[] = [];
    const stories = new Map(SIZES.map((n) => [n, bulkTransferStory(n)]));
    const parseTimes = new Map<number, Timing>();
    const scanTimes = new Map<number, Timing>();
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
      scanTimes.set(events, await measure(() => bareScan(text), runsFor(events)));
      parseTimes.set(events, await measure(() => parse(text), runsFor(events)));
      analyzeTimes.set(events, await measure(() => analyze(text), runsFor(events)));
    }

    // Mermaid runs last: loading it installs a jsdom window, which must not weigh on our timings.
    const mermaidTimes = new Map<number, Timing>();
    for (const events of MERMAID_SIZES) {
      const diagram = diagrams.get(events)!;
      mermaidTimes.set(events, await measure(() => mermaidParse(diagram), { warmup: 1, runs: 5 }));
    }

    const table: string[][] = [['events', 'lines', 'bare scan ms', 'parse ms', 'analyze ms (ours)', 'analyze / bare scan', 'mermaid.parse ms', 'ours / mermaid.parse']];
    for (const events of SIZES) {
      const ours = analyzeTimes.get(events)!.median;
      const mermaid = mermaidTimes.get(events)?.median;
      table.push([
        String(events),
        String(stories.get(events)!.split('\n').length - 1),
        ms(scanTimes.get(events)!.median),
        ms(parseTimes.get(events)!.median),
        ms(ours),
        (ours / scanTimes.get(events)!.median).toFixed(1),
        mermaid === undefined ? 'not run' : ms(mermaid),
        mermaid === undefined ? '—' : (ours / mermaid).toFixed(3),
      ]);
    }
    const retained = retainedBytesPerEvent(stories.get(10_000)!, 10_000);
    const allocated = await allocatedBytesPerEvent(stories.get(10_000)!, 10_000);
    const growth = analyzeTimes.get(100_000)!.median / analyzeTimes.get(10_000)!.median;
    const parseGrowth = parseTimes.get(100_000)!.median / parseTimes.get(10_000)!.median;
    table.push(['100k / 10k', '', '', parseGrowth.toFixed(1), growth.toFixed(1), '', '', '']);
    for (const events of [10_000, 100_000]) {
      const ratio = analyzeTimes.get(events)!.median / scanTimes.get(events)!.median;
      checks.push({ name: `${events} events: analyze / bare scan`, pass: ratio <= TARGET_SCAN_RATIO, detail: `${ratio.toFixed(1)} (target ≤ ${TARGET_SCAN_RATIO})` });
    }
    if (retained !== undefined) {
      checks.push({ name: 'bytes kept alive per event', pass: retained <= TARGET_RETAINED_BYTES, detail: `${Math.round(retained)} (target ≤ ${TARGET_RETAINED_BYTES})` });
    }
    const slice = longestSlice(stories.get(100_000)!);
    checks.push({ name: '100000 events: longest slice of the sliced analysis', pass: slice.longest <= TARGET_SLICE_MS, detail: `${ms(slice.longest)} ms of ${slice.slices} slices (target ≤ ${TARGET_SLICE_MS} ms)` });
    const clone = await measure(() => v8.deserialize(v8.serialize(analyze(stories.get(10_000)!))), { warmup: 1, runs: 3 });

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
        retained === undefined
          ? 'memory not measured: run node with --expose-gc (npm run bench does)'
          : `memory: an analysis of the 10k-event story keeps ${Math.round(retained)} bytes per event alive (tree, steps, diagnostics, diagram text); a figure that does not depend on the machine's load`,
        `allocation: an analysis of the 10k-event story allocates about ${Math.round(allocated)} bytes per event, garbage included (V8's sampling heap profiler, one sample per 256 bytes): like the memory kept, a figure that does not move with the machine's load, which the timings here do`,
        'medians; ours = analyze() (parse + replay + diagram text); parse is its first stage, shown on its own',
        `a worker's reply: structured-cloning the 10k-event Analysis (v8.serialize + deserialize, as postMessage does) takes ${ms(clone.median - analyzeTimes.get(10_000)!.median)} ms beyond analyzing it (${ms(analyzeTimes.get(10_000)!.median)} ms), so the editor slices the analysis in its own thread instead of posting it back from a worker`,
        `sliced (as the editor runs it): the 100k-event analysis in ${slice.slices} slices, the longest ${ms(slice.longest)} ms (garbage collection included), ${ms(slice.median)} ms the median`,
        "bare scan = splitting the same text into words and keeping one small record per line: no language, no TCP; the least any analysis could cost on this machine at this moment, to read the other columns against",
        `mermaid.parse (jsdom) timed at ${MERMAID_SIZES.map((n) => `${n / 1000}k`).join(' and ')} events only: at 100k one parse takes tens of seconds`,
      ],
      checks,
    };
  },
};

/**
 * Heap kept alive by one analysis, per event: what garbage collection has to trace and
 * copy while the story is analyzed, and so what the timings above grow with.
 */
function retainedBytesPerEvent(text: string, events: number): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    return undefined;
  }
  gc();
  const before = process.memoryUsage().heapUsed;
  const analysis = analyze(text);
  gc();
  const after = process.memoryUsage().heapUsed;
  return analysis.steps.length === events ? (after - before) / events : undefined;
}

/** Bytes allocated by one analysis, per event, objects collected since included: what it asks of the allocator and the garbage collector. */
async function allocatedBytesPerEvent(text: string, events: number): Promise<number> {
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  const runs = 10;
  try {
    await post('HeapProfiler.enable');
    await post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < runs; i++) {
      analyze(text);
    }
    const { profile } = (await post('HeapProfiler.stopSampling')) as { profile: { head: SampledNode } };
    return totalSize(profile.head) / runs / events;
  } finally {
    session.disconnect();
  }
}

interface SampledNode {
  readonly selfSize: number;
  readonly children: readonly SampledNode[];
}

function totalSize(node: SampledNode): number {
  let size = node.selfSize;
  for (const child of node.children) {
    size += totalSize(child);
  }
  return size;
}

/** Times each slice of `analyzeInSlices`: what the editor's event loop is held for at a time. */
function longestSlice(text: string): { longest: number; median: number; slices: number } {
  const times: number[] = [];
  const work = analyzeInSlices(text);
  for (;;) {
    const start = performance.now();
    const next = work.next();
    times.push(performance.now() - start);
    if (next.done) {
      break;
    }
  }
  times.sort((a, b) => a - b);
  return { longest: times[times.length - 1]!, median: times[times.length >> 1]!, slices: times.length };
}

/**
 * The floor under any analysis of `text`: one pass over its characters that splits words and
 * keeps a record of offsets per line, then joins the lines again, as a diagram writer must.
 */
function bareScan(text: string): { lines: { start: number; words: Int32Array }[]; joined: string } {
  const lines: { start: number; words: Int32Array }[] = [];
  const copies: string[] = [];
  let index = 0;
  while (index < text.length) {
    const start = index;
    const words: number[] = [];
    while (index < text.length && text.charCodeAt(index) !== 10) {
      while (index < text.length && text.charCodeAt(index) === 32) {
        index++;
      }
      const word = index;
      while (index < text.length && text.charCodeAt(index) !== 32 && text.charCodeAt(index) !== 10) {
        index++;
      }
      if (index > word) {
        words.push(word, index);
      }
    }
    lines.push({ start, words: Int32Array.from(words) });
    copies.push(text.slice(start, index));
    index++;
  }
  return { lines, joined: copies.join('\n') };
}

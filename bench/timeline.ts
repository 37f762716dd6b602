import { spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../src/core/analyze';
import type { Analysis } from '../src/core/model';
import { renderTimeline, type TimelineInput } from '../src/core/timeline';
import { openPreviewHarness } from './previewHarness';
import { bulkTransferStory } from './story';
import { lossyTransferStory } from './timelineStory';
import { measure, ms, type Check, type Suite, type Timing } from './suite';

/**
 * The timeline's cost. Targets (issue 13): layout + SVG for 10k events at
 * most 12 × 1k (linear); `tcpflow svg` at most 1.5 × `tcpflow check` on a
 * 10k-event story; and, in headless Chromium, layout + SVG for 1k events at
 * most 5 % of `mermaid.render` of the same story.
 */
const SIZES = [1_000, 10_000];
const TARGET_GROWTH = 12;
const TARGET_CLI_RATIO = 1.5;
const TARGET_BROWSER_RATIO = 0.05;
const ROOT = path.resolve(__dirname, '..', '..');

function timelineInput(analysis: Analysis): TimelineInput {
  return { title: analysis.title, hosts: analysis.hosts, steps: analysis.steps, diagnostics: analysis.diagnostics };
}

function draw(input: TimelineInput): number {
  return renderTimeline(input, { showSeq: true, lang: 'en', mode: 'standalone' }).svg.length;
}

/** Wall time of one run of the built command line, node's start included, as a teacher sees it. */
function cliRun(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tcpflow.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`tcpflow ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const timelineSuite: Suite = {
  name: 'timeline: layout + SVG, tcpflow svg vs check, and vs mermaid.render (headless Chromium)',
  async run() {
    const checks: Check[] = [];
    const notes: string[] = [];
    const table: string[][] = [['story', 'events', 'layout + SVG ms (median)', 'min', 'SVG chars', 'analyze ms']];
    const times = new Map<string, Timing>();
    for (const [name, story] of [
      ['bulk', bulkTransferStory],
      ['lossy', lossyTransferStory],
    ] as const) {
      for (const events of SIZES) {
        const analysis = analyze(story(events));
        const input = timelineInput(analysis);
        const clean = analysis.steps.length === events && analysis.diagnostics.every((d) => d.severity === 'hint');
        checks.push({ name: `${name} ${events}: the story replays cleanly`, pass: clean, detail: `${analysis.steps.length} steps` });
        const runs = events >= 10_000 ? { warmup: 2, runs: 9 } : { warmup: 3, runs: 15 };
        const timing = await measure(() => draw(input), runs);
        times.set(`${name}/${events}`, timing);
        const analyzeMs = (await measure(() => analyze(story(events)), runs)).median;
        table.push([name, String(events), ms(timing.median), ms(timing.min), String(draw(input)), ms(analyzeMs)]);
      }
      const growth = times.get(`${name}/10000`)!.median / times.get(`${name}/1000`)!.median;
      const growthMin = times.get(`${name}/10000`)!.min / times.get(`${name}/1000`)!.min;
      table.push([name, '10k / 1k', growth.toFixed(1), growthMin.toFixed(1), '', '']);
      checks.push({
        name: `${name}: growth 10k / 1k`,
        pass: growth <= TARGET_GROWTH,
        detail: `${growth.toFixed(1)} by medians (target ≤ ${TARGET_GROWTH}); ${growthMin.toFixed(1)} by fastest runs`,
      });
    }

    // The command line, alternating the two commands so a busy moment weighs on both alike.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-timeline-bench-'));
    try {
      const file = path.join(dir, 'story.tcpflow');
      fs.writeFileSync(file, lossyTransferStory(10_000));
      const svg: number[] = [];
      const check: number[] = [];
      for (let i = 0; i < 9; i++) {
        const s = cliRun(['svg', file]);
        const c = cliRun(['check', file]);
        if (i >= 2) {
          svg.push(s);
          check.push(c);
        }
      }
      const ratio = median(svg) / median(check);
      table.push(['tcpflow svg / check', '10000', `${ms(median(svg))} / ${ms(median(check))}`, '', ratio.toFixed(2), '']);
      checks.push({ name: 'tcpflow svg / tcpflow check, 10k events', pass: ratio <= TARGET_CLI_RATIO, detail: `${ratio.toFixed(2)} (target ≤ ${TARGET_CLI_RATIO})` });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    await inBrowser(table, checks, notes);
    notes.push(
      'layout + SVG = renderTimeline() on the analysis (Node); growth is judged by medians; the fastest runs are shown beside them, a 1k story fitting in the young generation as a 10k one does not',
      'the command lines: medians of the wall time of whole runs, node’s start included, the two alternating; the last column of those rows is the ratio',
      'the story “lossy” loses every third data segment and retransmits it (an RTO bracket each); “bulk” is the core suite’s story',
    );
    return { table, notes, checks };
  },
};

/** Layout + SVG against mermaid.render of the same 1k-event story, in the same page. */
async function inBrowser(table: string[][], checks: Check[], notes: string[]): Promise<void> {
  let harness;
  try {
    harness = await openPreviewHarness();
  } catch (error) {
    notes.push(`not measured in the browser: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  try {
    const built = await esbuild.build({
      entryPoints: [path.join(ROOT, 'bench', 'timelinePage.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'warning',
      nodePaths: [path.join(ROOT, 'node_modules')],
    });
    const page = await harness.browser.newPage();
    await page.goto(`${harness.baseUrl}/blank`);
    await page.addScriptTag({ content: built.outputFiles[0]!.text });
    const analysis = analyze(lossyTransferStory(1_000));
    await page.evaluate((input) => window.timelineBench.load(input), JSON.parse(JSON.stringify(timelineInput(analysis))) as TimelineInput);
    const ours: number[] = [];
    const intoPage: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = await page.evaluate(() => window.timelineBench.timeline());
      const p = await page.evaluate(() => window.timelineBench.timelineIntoPage());
      const m = await page.evaluate((text) => window.timelineBench.mermaid(text), analysis.diagram.text);
      if (i >= 1) {
        ours.push(t);
        intoPage.push(p);
        theirs.push(m);
      }
    }
    const ratio = median(ours) / median(theirs);
    table.push(['browser: layout + SVG / mermaid.render', '1000', `${ms(median(ours))} / ${ms(median(theirs))}`, '', ratio.toFixed(3), '']);
    table.push(['browser: … + into the page', '1000', ms(median(intoPage)), '', '', '']);
    checks.push({ name: '1k events in Chromium: layout + SVG / mermaid.render', pass: ratio <= TARGET_BROWSER_RATIO, detail: `${ratio.toFixed(3)} (target ≤ ${TARGET_BROWSER_RATIO})` });
    await page.close();
  } finally {
    await harness.close();
  }
}

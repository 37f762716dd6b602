import type { Page } from 'playwright-core';
import { analyze } from '../src/core/analyze';
import { previewContent } from '../src/extension/preview/previewContent';
import type { PreviewUpdate } from '../src/shared/preview/protocol';
import { openPreviewHarness } from './previewHarness';
import { bulkTransferStory } from './story';
import { measure, ms, type Check, type Suite } from './suite';

/**
 * The live preview's cost: from a changed script to the new SVG in the page,
 * against `mermaid.render` of the same text alone in the same browser
 * (headless Chromium; the page is the one the extension serves, CSP and all).
 * "Ours" = the host's part (analyze, choose what to show, serialize the
 * message) + the webview's (receive, check, schedule, render, put the SVG in
 * the page, map its elements to lines). The analysis cache's debounce is a
 * deliberate wait for typing to pause and is not counted.
 * Target: ours at most 1.2 × mermaid.render alone at 10, 50 and 200 steps.
 * Also checked: a burst of updates sent without waiting ends on the last.
 */
const SIZES = [10, 50, 200];
const TARGET_RATIO = 1.2;
const BURST = 60;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function runsFor(steps: number): { warmup: number; runs: number } {
  return steps >= 200 ? { warmup: 3, runs: 11 } : { warmup: 5, runs: 21 };
}

/** Two versions of a story that differ in one word, so every update really redraws. */
function versions(steps: number): [string, string] {
  const story = bulkTransferStory(steps);
  return [story, story.replace('title "Bulk transfer"', 'title "Bulk transfer (edited)"')];
}

function hostSide(text: string, seq: number): { update: PreviewUpdate; json: string } {
  // The stories have no errors: each is its own last good version.
  const analysis = analyze(text);
  const content = previewContent({ analysis, lastGood: analysis }, 'file:///bench/story.tcpflow', 'story.tcpflow', { style: 'sequence', showSeq: true, lang: 'en' });
  const update: PreviewUpdate = { type: 'update', seq, ...content };
  // VS Code carries webview messages as JSON.
  return { update, json: JSON.stringify(update) };
}

/** Sends an update to the page and resolves with the milliseconds until the page reports it drawn. */
function timeUpdateInPage(page: Page, update: PreviewUpdate): Promise<number> {
  return page.evaluate(
    (message) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const onMessage = (event: Event): void => {
          const sent = (event as CustomEvent<{ type: string; seq: number; ok: boolean; error?: string }>).detail;
          if (sent.type === 'rendered' && sent.seq === message.seq) {
            window.removeEventListener('tcpflow-host', onMessage);
            if (sent.ok) {
              resolve(performance.now() - start);
            } else {
              reject(new Error(sent.error));
            }
          }
        };
        window.addEventListener('tcpflow-host', onMessage);
        window.postMessage(message, '*');
      }),
    update,
  );
}

export const previewSuite: Suite = {
  name: 'preview: script change → new SVG in the webview vs mermaid.render alone (headless Chromium)',
  async run() {
    const harness = await openPreviewHarness();
    const checks: Check[] = [];
    const table: string[][] = [['steps', 'diagram chars', 'host ms', 'webview ms', 'ours ms', 'mermaid.render ms', 'ours / mermaid']];
    try {
      const preview = harness.page;
      await preview.goto(`${harness.baseUrl}/`);
      await preview.waitForFunction(() => (window as unknown as { __tcpflowHost: { sent: { type: string }[] } }).__tcpflowHost.sent.some((m) => m.type === 'ready'));
      const baseline = await harness.browser.newPage();
      await baseline.goto(`${harness.baseUrl}/blank`);
      await baseline.addScriptTag({ url: `${harness.baseUrl}/baseline.js` });

      let seq = 0;
      for (const steps of SIZES) {
        const texts = versions(steps);
        const runs = runsFor(steps);
        let turn = 0;
        const next = (): PreviewUpdate => hostSide(texts[turn++ % 2]!, ++seq).update;
        const diagrams = texts.map((t) => analyze(t).diagram.text);
        // Preview and baseline runs alternate, so a busy moment of the machine weighs on both alike.
        const inPage: number[] = [];
        const mermaidTimes: number[] = [];
        for (let i = 0; i < runs.warmup + runs.runs; i++) {
          const webviewRun = await timeUpdateInPage(preview, next());
          const mermaidRun = await baseline.evaluate(async (text) => {
            const start = performance.now();
            await (window as unknown as { baselineRender(text: string): Promise<number> }).baselineRender(text);
            return performance.now() - start;
          }, diagrams[i % 2]!);
          if (i >= runs.warmup) {
            inPage.push(webviewRun);
            mermaidTimes.push(mermaidRun);
          }
        }
        const webviewMs = median(inPage);
        const mermaidMs = median(mermaidTimes);
        // The host's part alone, in Node, numbered apart so the page's sequence is untouched.
        let hostTurn = 0;
        const host = (await measure(() => hostSide(texts[hostTurn++ % 2]!, 0).json.length, runs)).median;
        const ours = host + webviewMs;
        const ratio = ours / mermaidMs;
        table.push([String(steps), String(diagrams[0]!.length), ms(host), ms(webviewMs), ms(ours), ms(mermaidMs), ratio.toFixed(2)]);
        checks.push({ name: `${steps} steps: ours / mermaid.render`, pass: ratio <= TARGET_RATIO, detail: `${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})` });
      }

      // A burst: every update posted at once; the page must end on the last and draw few of the others.
      const texts = versions(50);
      const burst = Array.from({ length: BURST }, (_, i) => hostSide(texts[i % 2]!, ++seq).update);
      const last = burst[burst.length - 1]!;
      const outcome = await preview.evaluate(
        async ({ updates, lastSeq }) => {
          const host = (window as unknown as { __tcpflowHost: { sent: { type: string; seq?: number }[] } }).__tcpflowHost;
          const before = host.sent.length;
          const done = new Promise<void>((resolve) =>
            window.addEventListener('tcpflow-host', (event) => {
              const sent = (event as CustomEvent<{ type: string; seq: number }>).detail;
              if (sent.type === 'rendered' && sent.seq === lastSeq) {
                resolve();
              }
            }),
          );
          for (const update of updates) {
            window.postMessage(update, '*');
          }
          await done;
          const rendered = host.sent.slice(before).filter((m) => m.type === 'rendered').map((m) => m.seq);
          return { rendered, title: document.querySelector('.canvas svg')?.textContent?.includes('(edited)') ?? false };
        },
        { updates: burst, lastSeq: last.seq },
      );
      const endsOnLast = outcome.rendered[outcome.rendered.length - 1] === last.seq && outcome.title === last.diagram.text.includes('(edited)');
      checks.push({
        name: `burst of ${BURST} updates ends on the last`,
        pass: endsOnLast && outcome.rendered.length < BURST,
        detail: `${outcome.rendered.length} of ${BURST} drawn, last drawn #${outcome.rendered[outcome.rendered.length - 1]} (sent last #${last.seq})`,
      });
      await baseline.close();
    } finally {
      await harness.close();
    }
    return {
      table,
      notes: [
        'medians; host = analyze + what to show + JSON of the message (Node); webview = postMessage → SVG in the page’s DOM, by the page clock (the browser’s own layout and paint of it come after, in both cases)',
        'each update alternates between two versions of the story so every one redraws; the analysis cache’s 100 ms debounce is not counted',
      ],
      checks,
    };
  },
};

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { monitorEventLoopDelay, PerformanceObserver } from 'perf_hooks';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { bulkTransferStory, wrongAcksStory } from '../story';
import { listenToStalls } from './stallCauses';
import { STALL_MARK, TARGET_STALL_MS, type EditingStall, type StallReport } from './stallReport';

/**
 * Runs inside the extension host (bench/editorStall.ts starts it with test/e2e/support/inHost.ts):
 * opens a script of about 5 MB, types into it in bursts with pauses long enough for the
 * analysis to start, asks for hovers and completions meanwhile, and reports the longest time the
 * extension host's event loop was held (perf_hooks' event-loop delay) while it did, and the
 * garbage-collection pauses among it, and who held the host in each stall (stallCauses.ts). Twice: a clean script, and one with a problem on nearly
 * every event line, whose problems are published after every pause.
 */
/** About 5 MB of script. */
const EVENTS = 140_000;
const BURSTS = 6;
const KEYS_PER_BURST = 8;
const KEY_GAP_MS = 40;
const PAUSE_MS = 400;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a request took, and whether it was answered with anything (a provider that fails answers nothing). */
async function timed<T extends readonly unknown[] | { items: readonly unknown[] }>(work: () => Thenable<T>): Promise<{ ms: number; answered: boolean }> {
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const items: readonly unknown[] = 'items' in result ? result.items : (result as readonly unknown[]);
  return { ms, answered: items.length > 0 };
}

/** Every garbage-collection pause of this host's heap while it listens. */
function listenToGc(): { stop(): { longest: number; total: number } } {
  let longest = 0;
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longest = Math.max(longest, entry.duration);
      total += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      return { longest, total };
    },
  };
}

async function editScript(script: string, text: string): Promise<EditingStall> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-stall-')), 'long.tcpflow');
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension('tcpflow.tcpflow')?.activate();
  // Wait for the first analysis by hovering until the hover knows the last event's state.
  const lastEvent = new vscode.Position(document.lineCount - 3, 0);
  for (let i = 0; i < 600; i++) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, lastEvent);
    if (hovers.length > 0) {
      break;
    }
    await sleep(100);
  }

  const startLoad = os.loadavg()[0]!;
  const delay = monitorEventLoopDelay({ resolution: 5 });
  const gc = listenToGc();
  delay.enable();
  // The extension's code runs from its dist/ folder (code-server may be installed beside it, in the repository).
  const extensionPath = vscode.extensions.getExtension('tcpflow.tcpflow')?.extensionPath ?? '';
  const stalls = await listenToStalls(path.join(extensionPath, 'dist') + path.sep, TARGET_STALL_MS);
  let slowestHover = 0;
  let slowestCompletion = 0;
  let asked = 0;
  let unanswered = 0;
  const typingLine = 8;
  const askLine = typingLine + BURSTS + 2;
  for (let burst = 0; burst < BURSTS; burst++) {
    for (let key = 0; key < KEYS_PER_BURST; key++) {
      await editor.edit((e) => e.insert(new vscode.Position(typingLine, 0), key === KEYS_PER_BURST - 1 ? '\n' : ' '));
      await sleep(KEY_GAP_MS);
    }
    // The pause in typing that starts an analysis; the editor's features keep answering through it.
    const pauseEnd = performance.now() + PAUSE_MS;
    while (performance.now() < pauseEnd) {
      // On the first word of an event line below the lines typed in: it always has a hover.
      const hoverAt = new vscode.Position(askLine, document.lineAt(askLine).firstNonWhitespaceCharacterIndex);
      const hover = await timed(() => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, hoverAt));
      const completion = await timed(() =>
        vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(askLine, 0)),
      );
      slowestHover = Math.max(slowestHover, hover.ms);
      slowestCompletion = Math.max(slowestCompletion, completion.ms);
      asked += 2;
      unanswered += Number(!hover.answered) + Number(!completion.answered);
      await sleep(50);
    }
  }
  // Then the last version's analysis, to the end: formatting waits for exactly that version.
  const settleStart = performance.now();
  await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
  const settledMs = performance.now() - settleStart;
  delay.disable();
  const causes = await stalls.stop();
  // A stall is this extension's when its code ran for a tenth of it or more.
  const own = causes.filter((c) => c.ownMs >= c.ms / 10);
  const pauses = gc.stop();
  // Problems shown as they stand when the editing is over: what the editor published, not what it skipped.
  const problemsShown = vscode.languages.getDiagnostics(document.uri).length;
  const endLoad = os.loadavg()[0]!;

  const start = performance.now();
  const problems = analyze(document.getText()).diagnostics.length;
  const synchronousAnalysisMs = performance.now() - start;
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

  return {
    script,
    megabytes: text.length / 1e6,
    events: EVENTS,
    problems,
    longestStallMs: delay.max / 1e6,
    longestStallCause: causes[0]?.mostly ?? 'none',
    longestOwnStallMs: own[0]?.ms ?? 0,
    longestOwnStallIn: own[0]?.ownFunction,
    ownMsInLongestOwnStall: own[0]?.ownMs ?? 0,
    stallsByCause: tally(causes),
    p99StallMs: delay.percentile(99) / 1e6,
    longestGcPauseMs: pauses.longest,
    gcPauseMs: pauses.total,
    slowestHoverMs: slowestHover,
    unanswered: `${unanswered} of ${asked}`,
    problemsShown,
    slowestCompletionMs: slowestCompletion,
    synchronousAnalysisMs,
    settledMs,
    loadAverage: [startLoad, endLoad],
  };
}

/** How many stalls each cause held the host for most of the time. */
function tally(causes: readonly { mostly: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { mostly } of causes) {
    counts[mostly] = (counts[mostly] ?? 0) + 1;
  }
  return counts;
}

export async function run(): Promise<void> {
  const scripts = [await editScript('clean', bulkTransferStory(EVENTS)), await editScript('a problem on every event', wrongAcksStory(EVENTS))];
  const report: StallReport = { scripts };
  console.log(STALL_MARK + JSON.stringify(report));
}

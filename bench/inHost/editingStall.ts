import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import { analyze } from '../../src/core/analyze';
import { bulkTransferStory } from '../story';
import { STALL_MARK, type StallReport } from './stallReport';

/**
 * Runs inside the extension host (bench/editorStall.ts starts it with test/e2e/support/inHost.ts):
 * opens a script of about 5 MB, types into it in bursts with pauses long enough for the
 * analysis to start, asks for hovers and completions meanwhile, and reports the longest time the
 * extension host's event loop was held (perf_hooks' event-loop delay) while it did.
 */
/** About 5 MB of script. */
const EVENTS = 140_000;
const BURSTS = 6;
const KEYS_PER_BURST = 8;
const KEY_GAP_MS = 40;
const PAUSE_MS = 400;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(work: () => Thenable<T>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export async function run(): Promise<void> {
  const text = bulkTransferStory(EVENTS);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-stall-')), 'long.tcpflow');
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension('tcpflow.tcpflow')?.activate();
  // A script of one clean story publishes no diagnostics: wait for its first analysis by hovering
  // until the hover knows the last event's state.
  const lastEvent = new vscode.Position(document.lineCount - 3, 0);
  for (let i = 0; i < 600; i++) {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, lastEvent);
    if (hovers.length > 0) {
      break;
    }
    await sleep(100);
  }

  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let slowestHover = 0;
  let slowestCompletion = 0;
  const typingLine = 8;
  for (let burst = 0; burst < BURSTS; burst++) {
    for (let key = 0; key < KEYS_PER_BURST; key++) {
      await editor.edit((e) => e.insert(new vscode.Position(typingLine, 0), key === KEYS_PER_BURST - 1 ? '\n' : ' '));
      await sleep(KEY_GAP_MS);
    }
    // The pause in typing that starts an analysis; the editor's features keep answering through it.
    const pauseEnd = performance.now() + PAUSE_MS;
    while (performance.now() < pauseEnd) {
      slowestHover = Math.max(slowestHover, await timed(() => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(typingLine + 2, 2))));
      slowestCompletion = Math.max(
        slowestCompletion,
        await timed(() => vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(typingLine + 2, 0))),
      );
      await sleep(50);
    }
  }
  // Then the last version's analysis, to the end: formatting waits for exactly that version.
  const settleStart = performance.now();
  await vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
  const settledMs = performance.now() - settleStart;
  delay.disable();

  const start = performance.now();
  analyze(document.getText());
  const synchronousAnalysisMs = performance.now() - start;

  const report: StallReport = {
    megabytes: text.length / 1e6,
    events: EVENTS,
    longestStallMs: delay.max / 1e6,
    p99StallMs: delay.percentile(99) / 1e6,
    slowestHoverMs: slowestHover,
    slowestCompletionMs: slowestCompletion,
    synchronousAnalysisMs,
    settledMs,
  };
  console.log(STALL_MARK + JSON.stringify(report));
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/analyze';
import type { Analysis } from '../core/model';
import { phasesInSlices } from '../core/phases';
import { runToEnd, type Sliced } from '../core/slices';
import { engine } from './engine';
import { SlicedRun } from './slicedRun';

/** An analysis of a text, in slices (core/slices.ts): run at once, or a turn at a time. */
export type Analyzer = (text: string, options: AnalyzeOptions) => Sliced<Analysis>;

/** The engine's analysis, then the phases the outline and folding ask for, worked out here where they are read. */
function* analyzeWithEngine(text: string, options: AnalyzeOptions): Sliced<Analysis> {
  const analysis = yield* engine().analyzeInSlices(text, options);
  yield* phasesInSlices(analysis);
  return analysis;
}

/**
 * Texts this long or longer (a few thousand lines; tens of milliseconds to analyse) are analysed
 * in slices between the extension host's other work; shorter ones at once, when asked.
 */
export const SLICED_FROM_CHARS = 64 * 1024;

/** A new analysis of an open `.tcpflow` document, published after the typing pauses. */
export interface AnalysisChange {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
}

interface Entry {
  version: number;
  readonly text: string;
  readonly optionsKey: string;
  readonly analysis: Analysis;
}

/** A long text's analysis under way. */
interface Running {
  readonly version: number;
  readonly optionsKey: string;
  readonly run: SlicedRun<Analysis>;
}

interface Waiter {
  readonly version: number;
  readonly resolve: (analysis: Analysis | undefined) => void;
}

/** How long typing must pause before an analysis is published (diagnostics, preview). */
export const PUBLISH_DELAY_MS = 100;

/**
 * The one analysis of each document version, shared by every feature: the
 * providers ask `get(document)`, and the diagnostics and the preview follow
 * `onDidChange`, which fires once typing has paused for PUBLISH_DELAY_MS. A
 * burst of keystrokes is analysed once, for its last version; an edit that
 * leaves the text as it was (undo back, save) costs nothing; a closed
 * document's entry is dropped.
 *
 * A short text is analysed at once when asked. A long one (SLICED_FROM_CHARS) is analysed a few
 * milliseconds at a time between the extension host's other work, so no keystroke waits for it:
 * meanwhile `get` answers at once with the last analysis there is, and `settled` waits for the
 * document's current version (for edits, which must fit the text exactly).
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Running>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The analysis last announced for each document, so the same one is never announced twice. */
  private readonly published = new Map<string, Analysis>();
  /** What `get` answers for a long document before its first analysis is done: an empty script's. */
  private readonly placeholders = new Map<string, Analysis>();
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly closeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A document's analysis changed (fired after the debounce, or at once on open and on settings changes). */
  readonly onDidChange = this.changeEmitter.event;
  /** A document was closed and its analysis dropped. */
  readonly onDidClose = this.closeEmitter.event;

  /**
   * @param options read on every analysis, so a settings change applies to the next one
   * @param analyzer the analysis itself (a test may count the calls)
   * @param language which documents the cache follows
   * @param slicedFrom the text length from which analysis runs in slices
   */
  constructor(
    private readonly options: () => AnalyzeOptions,
    private readonly analyzer: Analyzer = analyzeWithEngine,
    private readonly language = 'tcpflow',
    private readonly delay = PUBLISH_DELAY_MS,
    private readonly slicedFrom = SLICED_FROM_CHARS,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.follows(document)) {
          this.publish(document);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.follows(e.document) && e.contentChanges.length > 0) {
          this.schedule(e.document);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.drop(document.uri)),
    );
  }

  /**
   * The analysis of the document as it is now; for a long document still being analysed, the
   * last analysis there is (of an earlier version, or of an empty script before the first).
   */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const options = this.options();
    const optionsKey = JSON.stringify(options);
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version && entry.optionsKey === optionsKey) {
      return entry.analysis;
    }
    const running = this.running.get(key);
    if (running && running.optionsKey === optionsKey) {
      // The version under way, or an earlier one after which the current one is analysed.
      return entry?.analysis ?? this.placeholder(optionsKey, options);
    }
    const text = document.getText();
    if (entry && entry.text === text && entry.optionsKey === optionsKey) {
      entry.version = document.version;
      return entry.analysis;
    }
    running?.run.cancel();
    this.running.delete(key);
    if (text.length < this.slicedFrom) {
      const analysis = runToEnd(this.analyzer(text, options));
      this.store(key, { version: document.version, text, optionsKey, analysis });
      return analysis;
    }
    const version = document.version;
    const run = new SlicedRun(
      this.analyzer(text, options),
      (analysis) => this.finish(document, { version, text, optionsKey, analysis }),
      (error) => this.fail(document, error),
    );
    this.running.set(key, { version, optionsKey, run });
    return entry?.analysis ?? this.placeholder(optionsKey, options);
  }

  /** The analysis of the document's current version, once there is one; undefined if it closes first. */
  settled(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const analysis = this.get(document);
    const key = document.uri.toString();
    if (!this.running.has(key)) {
      return Promise.resolve(analysis);
    }
    return new Promise((resolve) => {
      const waiting = this.waiters.get(key) ?? [];
      waiting.push({ version: document.version, resolve });
      this.waiters.set(key, waiting);
    });
  }

  /** Announces the analyses of the documents already open (at activation, once every listener is in place). */
  publishOpenDocuments(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.follows(document)) {
        this.publish(document);
      }
    }
  }

  /** Re-analyses every open document with the current options (after a settings change) and announces what changed. */
  refresh(): void {
    this.publishOpenDocuments();
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
    for (const running of this.running.values()) {
      running.run.cancel();
    }
    this.running.clear();
    this.resolveWaiters(undefined, Number.POSITIVE_INFINITY);
    this.entries.clear();
    this.published.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.changeEmitter.dispose();
    this.closeEmitter.dispose();
  }

  private follows(document: vscode.TextDocument): boolean {
    return document.languageId === this.language;
  }

  /** Waits for typing to pause; each keystroke restarts the wait, so only the last version is analysed. */
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) {
          this.publish(document);
        }
      }, this.delay),
    );
  }

  private publish(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const analysis = this.get(document);
    if (this.published.get(key) !== analysis && !this.isPlaceholder(analysis)) {
      this.published.set(key, analysis);
      this.changeEmitter.fire({ document, analysis });
    }
  }

  private store(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.resolveWaiters(key, entry.version, entry.analysis);
  }

  /** A long text's analysis is done: keep it, announce it, and analyse the version typed since, if any. */
  private finish(document: vscode.TextDocument, entry: Entry): void {
    const key = document.uri.toString();
    this.running.delete(key);
    if (document.isClosed) {
      return;
    }
    this.store(key, entry);
    this.publish(document);
  }

  private fail(document: vscode.TextDocument, error: unknown): void {
    const key = document.uri.toString();
    this.running.delete(key);
    this.resolveWaiters(key, Number.POSITIVE_INFINITY, undefined);
    console.error(`tcpflow: the analysis of ${key} failed:`, error);
  }

  /** Answers whoever waits for `version` or an earlier one of the document (every document for undefined). */
  private resolveWaiters(key: string | undefined, version: number, analysis?: Analysis): void {
    for (const [waitingKey, waiting] of key === undefined ? [...this.waiters] : [[key, this.waiters.get(key) ?? []] as const]) {
      const answered = waiting.filter((w) => w.version <= version);
      const left = waiting.filter((w) => w.version > version);
      if (left.length > 0) {
        this.waiters.set(waitingKey, left);
      } else {
        this.waiters.delete(waitingKey);
      }
      answered.forEach((w) => w.resolve(analysis));
    }
  }

  private placeholder(optionsKey: string, options: AnalyzeOptions): Analysis {
    let analysis = this.placeholders.get(optionsKey);
    if (!analysis) {
      analysis = runToEnd(this.analyzer('', options));
      this.placeholders.set(optionsKey, analysis);
    }
    return analysis;
  }

  private isPlaceholder(analysis: Analysis): boolean {
    return [...this.placeholders.values()].includes(analysis);
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    this.running.get(key)?.run.cancel();
    this.running.delete(key);
    this.resolveWaiters(key, Number.POSITIVE_INFINITY, undefined);
    const known = this.entries.delete(key);
    this.published.delete(key);
    if (known) {
      this.closeEmitter.fire(uri);
    }
  }
}

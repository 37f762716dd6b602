import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/analyze';
import type { Analysis } from '../core/model';
import { runToEnd, type Sliced } from '../core/slices';
import { AnalysisInHost, type AnalysisRef } from './analysisRef';
import { engine } from './engine';
import { SlicedRun } from './slicedRun';
import { UnsyncedError, type AnalysisWorker } from './worker/workerClient';

/** An analysis of a text in the extension host, in slices (core/slices.ts): run at once, or a turn at a time. */
export type Analyzer = (text: string, options: AnalyzeOptions) => Sliced<Analysis>;

/** The engine's analysis with the phases the outline and folding ask for. */
const analyzeWithEngine: Analyzer = (text, options) => engine().analyzeForEditor(text, options);

/**
 * Texts this long or longer (a few thousand lines; tens of milliseconds to analyse) are analysed
 * in slices between the extension host's other work; shorter ones at once, when asked.
 */
export const SLICED_FROM_CHARS = 64 * 1024;

/** A new analysis of an open `.tcpflow` document, published after the typing pauses. */
export interface AnalysisChange {
  readonly document: vscode.TextDocument;
  readonly analysis: AnalysisRef;
}

interface Entry {
  version: number;
  /** The text analysed; undefined for a document the worker keeps, which compares texts itself. */
  readonly text: string | undefined;
  readonly optionsKey: string;
  readonly analysis: AnalysisRef;
}

/** A long text's analysis under way, in slices in the host or in the analysis worker. */
interface Running {
  readonly version: number;
  readonly optionsKey: string;
  readonly run: { cancel(): void };
}

interface Waiter {
  readonly version: number;
  readonly resolve: (analysis: AnalysisRef | undefined) => void;
}

/** How a cache is made: the defaults are the extension's own; a test may count or shorten. */
export interface AnalysisCacheSettings {
  /** The analysis in the host (a test may count the calls). */
  readonly analyzer?: Analyzer;
  /** Which documents the cache follows. */
  readonly language?: string;
  /** How long typing must pause before an analysis is published. */
  readonly delay?: number;
  /** The text length from which analysis is not done at once: in the worker, else in slices. */
  readonly slicedFrom?: number;
  /** Where long texts are analysed and kept, if a worker thread could be started; the cache disposes it. */
  readonly worker?: AnalysisWorker;
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
 * A short text is analysed at once when asked, in the extension host. A long one
 * (SLICED_FROM_CHARS) is analysed and kept in the analysis worker, so that neither its work nor
 * its garbage holds up the host; where no worker can run (a web worker extension host) it is
 * analysed a few milliseconds at a time between the host's other work. Either way no keystroke
 * waits for it: meanwhile `get` answers at once with the last analysis there is, and `settled`
 * waits for the document's current version (for edits, which must fit the text exactly).
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Running>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The analysis last announced for each document, so the same one is never announced twice. */
  private readonly published = new Map<string, AnalysisRef>();
  /** What `get` answers for a long document before its first analysis is done: an empty script's. */
  private readonly placeholders = new Map<string, AnalysisInHost>();
  /** Per document analysed in the host, its latest analysis without an error (for the preview). */
  private readonly lastGood = new Map<string, Analysis | undefined>();
  private readonly analyzer: Analyzer;
  private readonly language: string;
  private readonly delay: number;
  private readonly slicedFrom: number;
  private readonly worker: AnalysisWorker | undefined;
  /** The documents whose text the worker keeps, following their edits. */
  private readonly inWorker = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<AnalysisChange>();
  private readonly closeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];

  /** A document's analysis changed (fired after the debounce, or at once on open and on settings changes). */
  readonly onDidChange = this.changeEmitter.event;
  /** A document was closed and its analysis dropped. */
  readonly onDidClose = this.closeEmitter.event;

  /** @param options read on every analysis, so a settings change applies to the next one */
  constructor(
    private readonly options: () => AnalyzeOptions,
    settings: AnalysisCacheSettings = {},
  ) {
    this.analyzer = settings.analyzer ?? analyzeWithEngine;
    this.language = settings.language ?? 'tcpflow';
    this.delay = settings.delay ?? PUBLISH_DELAY_MS;
    this.slicedFrom = settings.slicedFrom ?? SLICED_FROM_CHARS;
    this.worker = settings.worker;
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.follows(document)) {
          this.publish(document);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.follows(e.document) && e.contentChanges.length > 0) {
          this.forwardEdit(e);
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
  get(document: vscode.TextDocument): AnalysisRef {
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
    running?.run.cancel();
    this.running.delete(key);
    const version = document.version;
    const done = (analysis: AnalysisRef): void => this.finish(document, { version, text: undefined, optionsKey, analysis });
    const failed = (error: unknown): void => this.fail(document, error);
    if (this.worker?.available && this.inWorker.has(key)) {
      // The worker follows the text: no need to join it here (a long text's getText is a stall of its own).
      this.running.set(key, { version, optionsKey, run: this.worker.analyze(key, version, options, done, failed) });
      return entry?.analysis ?? this.placeholder(optionsKey, options);
    }
    const text = document.getText();
    if (entry && entry.text === text && entry.optionsKey === optionsKey) {
      entry.version = document.version;
      return entry.analysis;
    }
    if (text.length < this.slicedFrom) {
      const analysis = this.inHost(key, text, runToEnd(this.analyzer(text, options)));
      this.store(key, { version, text, optionsKey, analysis });
      return analysis;
    }
    // From now on the worker keeps the text and follows its edits (forwardEdit), until the document closes.
    this.worker?.open(key, version, text);
    let run: Running['run'];
    if (this.worker?.available) {
      this.inWorker.add(key);
      run = this.worker.analyze(key, version, options, done, failed);
    } else {
      // No worker, or its thread could not start.
      run = new SlicedRun(this.analyzer(text, options), (analysis) => this.finish(document, { version, text, optionsKey, analysis: this.inHost(key, text, analysis) }), failed);
    }
    this.running.set(key, { version, optionsKey, run });
    return entry?.analysis ?? this.placeholder(optionsKey, options);
  }

  /** The analysis of the document's current version, once there is one; undefined if it closes first. */
  settled(document: vscode.TextDocument): Promise<AnalysisRef | undefined> {
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
    this.lastGood.clear();
    this.worker?.dispose();
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
    if (error instanceof UnsyncedError && !document.isClosed) {
      // The worker lost track of the text: it is sent the whole text again, and the version analysed.
      this.inWorker.delete(key);
      this.publish(document);
      return;
    }
    console.error(`tcpflow: the analysis of ${key} failed:`, error);
    if (this.worker !== undefined && !this.worker.available && !document.isClosed) {
      // The worker stopped: the same version is analysed again, in the host, and published.
      this.publish(document);
      return;
    }
    this.resolveWaiters(key, Number.POSITIVE_INFINITY, undefined);
  }

  /** Sends a document's edit to the worker that keeps its text. */
  private forwardEdit(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    if (this.worker?.available && this.inWorker.has(key)) {
      this.worker.edit(
        key,
        e.document.version,
        e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
      );
    }
  }

  /** An analysis made in the host, with the latest of the document's analyses without an error. */
  private inHost(key: string, text: string, analysis: Analysis): AnalysisInHost {
    const lastGood = engine().lastGoodAfter(analysis, this.lastGood.get(key));
    this.lastGood.set(key, lastGood);
    return new AnalysisInHost({ analysis, text, lastGood });
  }

  /** Answers whoever waits for `version` or an earlier one of the document (every document for undefined). */
  private resolveWaiters(key: string | undefined, version: number, analysis?: AnalysisRef): void {
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

  private placeholder(optionsKey: string, options: AnalyzeOptions): AnalysisRef {
    let analysis = this.placeholders.get(optionsKey);
    if (!analysis) {
      const empty = runToEnd(this.analyzer('', options));
      analysis = new AnalysisInHost({ analysis: empty, text: '', lastGood: undefined });
      this.placeholders.set(optionsKey, analysis);
    }
    return analysis;
  }

  private isPlaceholder(analysis: AnalysisRef): boolean {
    return [...this.placeholders.values()].includes(analysis as AnalysisInHost);
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const wasInWorker = this.inWorker.delete(key);
    const wasRunning = this.running.has(key) || wasInWorker;
    this.running.get(key)?.run.cancel();
    this.running.delete(key);
    this.resolveWaiters(key, Number.POSITIVE_INFINITY, undefined);
    const known = this.entries.delete(key);
    this.published.delete(key);
    this.lastGood.delete(key);
    if ((known || wasRunning) && this.worker?.available) {
      this.worker.drop(key);
    }
    if (known) {
      this.closeEmitter.fire(uri);
    }
  }
}

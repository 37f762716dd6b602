import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/analyze';
import type { Analysis } from '../core/model';
import { engine } from './engine';

type Analyze = (text: string, options: AnalyzeOptions) => Analysis;

const analyzeWithEngine: Analyze = (text, options) => engine().analyze(text, options);

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

/** How long typing must pause before an analysis is published (diagnostics, preview). */
export const PUBLISH_DELAY_MS = 100;

/**
 * The one analysis of each document version, shared by every feature: the
 * providers ask `get(document)` (analysed at once if stale), and the
 * diagnostics and the preview follow `onDidChange`, which fires once typing
 * has paused for PUBLISH_DELAY_MS. A burst of keystrokes is analysed once,
 * for its last version; an edit that leaves the text as it was (undo back,
 * save) costs nothing; a closed document's entry is dropped.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The analysis last announced for each document, so the same one is never announced twice. */
  private readonly published = new Map<string, Analysis>();
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
   */
  constructor(
    private readonly options: () => AnalyzeOptions,
    private readonly analyzer: Analyze = analyzeWithEngine,
    private readonly language = 'tcpflow',
    private readonly delay = PUBLISH_DELAY_MS,
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

  /** The analysis of the document as it is now. */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const options = this.options();
    const optionsKey = JSON.stringify(options);
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version && entry.optionsKey === optionsKey) {
      return entry.analysis;
    }
    const text = document.getText();
    if (entry && entry.text === text && entry.optionsKey === optionsKey) {
      entry.version = document.version;
      return entry.analysis;
    }
    const analysis = this.analyzer(text, options);
    this.entries.set(key, { version: document.version, text, optionsKey, analysis });
    return analysis;
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
    if (this.published.get(key) !== analysis) {
      this.published.set(key, analysis);
      this.changeEmitter.fire({ document, analysis });
    }
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      this.timers.delete(key);
    }
    const known = this.entries.delete(key);
    this.published.delete(key);
    if (known) {
      this.closeEmitter.fire(uri);
    }
  }
}

import * as vscode from 'vscode';
import { TYPING_QUIET_MS, typedLine } from '../../core/typing';

/**
 * Follows which line of each document is being typed: the line of the last
 * keystroke, while the cursor stays on it and for TYPING_QUIET_MS after it.
 * Fires `onDidSettle` when a line stops being typed, so its problems can be shown.
 */
export class TypingLines implements vscode.Disposable {
  private readonly lines = new Map<string, { line: number; timer: ReturnType<typeof setTimeout> }>();
  private readonly settleEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidSettle = this.settleEmitter.event;

  constructor(private readonly quietMs = TYPING_QUIET_MS) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) {
          return;
        }
        const line = typedLine(
          e.contentChanges.map((c) => ({ startLine: c.range.start.line, endLine: c.range.end.line, text: c.text })),
        );
        const active = vscode.window.activeTextEditor;
        if (line === undefined || !active || active.document !== e.document) {
          this.settle(e.document.uri);
          return;
        }
        this.start(e.document.uri, line);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        const typing = this.lines.get(e.textEditor.document.uri.toString());
        if (typing && e.selections.some((s) => s.active.line !== typing.line)) {
          this.settle(e.textEditor.document.uri);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    ];
  }

  /** The line being typed in this document, if any. */
  lineOf(uri: vscode.Uri): number | undefined {
    return this.lines.get(uri.toString())?.line;
  }

  dispose(): void {
    for (const { timer } of this.lines.values()) {
      clearTimeout(timer);
    }
    this.lines.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
    this.settleEmitter.dispose();
  }

  private start(uri: vscode.Uri, line: number): void {
    const key = uri.toString();
    const previous = this.lines.get(key);
    if (previous) {
      clearTimeout(previous.timer);
    }
    this.lines.set(key, { line, timer: setTimeout(() => this.settle(uri), this.quietMs) });
  }

  private settle(uri: vscode.Uri): void {
    if (this.forget(uri)) {
      this.settleEmitter.fire(uri);
    }
  }

  private forget(uri: vscode.Uri): boolean {
    const key = uri.toString();
    const typing = this.lines.get(key);
    if (!typing) {
      return false;
    }
    clearTimeout(typing.timer);
    this.lines.delete(key);
    return true;
  }
}

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';

/** Helpers for the editor suites: scripts as real `.tcpflow` files, and waiting for what the extension publishes. */

let folder: string | undefined;
let counter = 0;

/** Writes a script to a new `.tcpflow` file and opens it in an editor, with the extension active. */
export async function openScript(text: string, name = 'script'): Promise<vscode.TextEditor> {
  folder ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-editor-'));
  const file = path.join(folder, `${name}-${++counter}.tcpflow`);
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  await vscode.extensions.getExtension('tcpflow.tcpflow')?.activate();
  return editor;
}

/** Closes every editor without saving (the scripts are throwaway files). */
export async function closeAll(): Promise<void> {
  while (vscode.window.activeTextEditor) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

/** Polls until `probe` gives a value (not undefined), or fails saying what never came. */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The diagnostics of a document once they satisfy `accept`. */
export function diagnosticsOf(
  uri: vscode.Uri,
  accept: (list: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs?: number,
): Promise<readonly vscode.Diagnostic[]> {
  return until(() => {
    const list = vscode.languages.getDiagnostics(uri);
    return accept(list) ? list : undefined;
  }, what, timeoutMs);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** Sets a `tcpflow.*` setting for the test and returns a function that restores it. */
export async function withSetting(key: string, value: unknown): Promise<() => Thenable<void>> {
  const config = vscode.workspace.getConfiguration('tcpflow');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return () => vscode.workspace.getConfiguration('tcpflow').update(key, previous, vscode.ConfigurationTarget.Global);
}

/** Hover text as one string. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export const OPENED = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', ''].join('\n');

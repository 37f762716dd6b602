import * as vscode from 'vscode';
import type { ExportMessage } from '../../shared/preview/protocol';

/** A message in the status bar for this long after a save or a copy. */
const STATUS_MS = 4000;

/**
 * Saves the drawing the webview exported: the user picks the file (next to
 * the script, with its name, by default) and the bytes are written through
 * vscode.workspace.fs, so remote and virtual workspaces work too.
 */
export async function saveExport(message: ExportMessage, script: vscode.Uri): Promise<void> {
  const filters: Record<string, string[]> = message.format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] };
  const target = await vscode.window.showSaveDialog({
    defaultUri: withExtension(script, message.format),
    filters,
    title: message.format === 'svg' ? vscode.l10n.t('Export diagram as SVG') : vscode.l10n.t('Export diagram as PNG'),
  });
  if (target === undefined) {
    return;
  }
  // atob rather than Buffer: the browser build runs where Node's globals do not exist.
  const bytes = message.format === 'svg' ? new TextEncoder().encode(message.data) : Uint8Array.from(atob(message.data), (c) => c.charCodeAt(0));
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Diagram saved to {0}', target.toString(true)), STATUS_MS);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot save the diagram to {0}: {1}', target.toString(true), String(error)));
  }
}

export async function copyDiagramSource(text: string | undefined): Promise<void> {
  if (text === undefined) {
    return;
  }
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Mermaid source copied'), STATUS_MS);
}

/**
 * `story.tcpflow` → `story.svg` beside it. An untitled script gets a name in the first workspace
 * folder: its own when it has one (a lesson opens as `04-why-random-isn.tcpflow`), else `diagram`.
 */
function withExtension(script: vscode.Uri, extension: string): vscode.Uri | undefined {
  if (script.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = script.path.slice(script.path.lastIndexOf('/') + 1);
    const stem = name.endsWith('.tcpflow') && name.length > '.tcpflow'.length ? name.slice(0, -'.tcpflow'.length) : 'diagram';
    return folder === undefined ? undefined : vscode.Uri.joinPath(folder, `${stem}.${extension}`);
  }
  const path = script.path;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const stem = dot > slash ? path.slice(0, dot) : path;
  return script.with({ path: `${stem}.${extension}` });
}

import * as vscode from 'vscode';
import { CaptureError, captureErrorText, importCapture, type ImportedConnection } from '../../core/capture/importCapture';
import { readSettings } from '../language/settings';
import { PREVIEW_COMMANDS } from '../preview/registerPreview';

export const IMPORT_CAPTURE_COMMAND = 'tcpflow.importCapture';

interface ConnectionPick extends vscode.QuickPickItem {
  readonly connection: ImportedConnection;
}

/**
 * Imports a pcap or pcapng capture: the file (from the explorer's context menu, or
 * else picked in a dialog) is read through `workspace.fs`, one of its TCP connections
 * is chosen, and its story opens as a new, unsaved script with its preview beside it.
 */
export async function importCaptureCommand(resource?: unknown): Promise<vscode.TextEditor | undefined> {
  const uri = resource instanceof vscode.Uri ? resource : await pickCapture();
  if (!uri) {
    return undefined;
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const { lang } = readSettings();
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  let connections: readonly ImportedConnection[];
  try {
    connections = importCapture(bytes).connections;
  } catch (error) {
    if (error instanceof CaptureError) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} cannot be imported: {1}', name, captureErrorText(error, lang)));
      return undefined;
    }
    throw error;
  }
  const chosen = connections.length === 1 ? connections[0] : await pickConnection(name, connections);
  if (!chosen) {
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'tcpflow', content: chosen.story(lang) });
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand(PREVIEW_COMMANDS.showPreviewToSide);
  return editor;
}

async function pickCapture(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import a packet capture'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    // A capture made for the course usually sits in the course's folder.
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Packet captures')]: ['pcap', 'pcapng', 'cap'], [vscode.l10n.t('All files')]: ['*'] },
  });
  return picked?.[0];
}

async function pickConnection(name: string, connections: readonly ImportedConnection[]): Promise<ImportedConnection | undefined> {
  const items: ConnectionPick[] = connections.map((c) => ({
    label: `${c.connection.number}. ${c.endpoints}`,
    description: vscode.l10n.t('{0} packets', c.connection.packets.length),
    detail: `${c.firstFlags} … ${c.lastFlags}`,
    connection: c,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Connections in {0}', name),
    placeHolder: vscode.l10n.t('Choose a TCP connection: its story opens as a new, unsaved script'),
    matchOnDescription: true,
  });
  return picked?.connection;
}

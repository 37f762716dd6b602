import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { readSettings } from '../language/settings';
import { MermaidPreloads } from './mermaidPreloads';
import { PreviewManager, TCPFLOW_LANGUAGE } from './previewManager';
import { PreviewSerializer } from './previewSerializer';
import { PreviewStyleStore } from './previewStyle';
import { PREVIEW_VIEW_TYPE } from '../../shared/preview/protocol';

export const PREVIEW_COMMANDS = {
  showPreview: 'tcpflow.showPreview',
  showPreviewToSide: 'tcpflow.showPreviewToSide',
  toggleLock: 'tcpflow.togglePreviewLock',
} as const;

/**
 * The live preview: its commands, the panel manager, and the serializer that
 * restores previews after a window reload. Returns the manager (tests read
 * the open previews from it).
 */
export function registerPreview(context: vscode.ExtensionContext, cache: AnalysisCache): PreviewManager {
  const style = new PreviewStyleStore(context.workspaceState);
  const manager = new PreviewManager({
    extensionUri: context.extensionUri,
    cache,
    lang: () => readSettings().lang,
    showSeq: () => readSettings().showSeq,
    style,
    mermaidPreloads: new MermaidPreloads(context.extensionUri),
  });
  const open = (toSide: boolean) => (uri?: unknown) => {
    const resource = resourceToPreview(uri);
    if (resource === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a .tcpflow file to preview its diagram.'));
      return;
    }
    manager.openPreview(resource, toSide);
  };
  context.subscriptions.push(
    style,
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, new PreviewSerializer(manager)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.showPreview, open(false)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.showPreviewToSide, open(true)),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.toggleLock, () => manager.toggleLock()),
  );
  return manager;
}

/** The file a command asks for (explorer and editor-title menus pass its URI), else the active `.tcpflow` editor's. */
function resourceToPreview(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) {
    return argument;
  }
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === TCPFLOW_LANGUAGE ? editor.document.uri : undefined;
}

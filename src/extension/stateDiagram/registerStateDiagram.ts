import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { readSettings } from '../language/settings';
import { STATE_DIAGRAM_VIEW_TYPE } from '../../shared/stateDiagram/protocol';
import { StateDiagramView } from './stateDiagramView';

export const SHOW_STATE_DIAGRAM_COMMAND = 'tcpflow.showStateDiagram';

/** The Figure 5 view: its command, and the serializer that brings it back after a window reload. */
export function registerStateDiagram(context: vscode.ExtensionContext, cache: AnalysisCache): StateDiagramView {
  const view = new StateDiagramView({ extensionUri: context.extensionUri, cache, lang: () => readSettings().lang });
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(SHOW_STATE_DIAGRAM_COMMAND, () => view.show()),
    vscode.window.registerWebviewPanelSerializer(STATE_DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => view.revive(panel),
    }),
  );
  return view;
}

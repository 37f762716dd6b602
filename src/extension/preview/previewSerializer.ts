import type * as vscode from 'vscode';
import type { PreviewManager } from './previewManager';
import { parsePreviewState } from '../../shared/preview/protocolChecks';

/**
 * Brings previews back after a window reload: VS Code hands over each panel
 * with the state its page saved (document URI, lock, zoom, step). A panel
 * whose state cannot be read (it should not happen) is closed rather than
 * left blank.
 */
export class PreviewSerializer implements vscode.WebviewPanelSerializer<unknown> {
  constructor(private readonly manager: PreviewManager) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const parsed = parsePreviewState(state);
    if (parsed === undefined) {
      panel.dispose();
      return;
    }
    this.manager.revive(panel, parsed);
  }
}

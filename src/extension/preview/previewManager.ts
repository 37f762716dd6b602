import * as vscode from 'vscode';
import { previewWebviewOptions, TcpflowPreview, type PreviewContext } from './previewPanel';
import { PREVIEW_VIEW_TYPE, type PreviewState } from '../../shared/preview/protocol';

export const TCPFLOW_LANGUAGE = 'tcpflow';

/**
 * Owns every preview panel, the way Markdown's preview manager does: at most
 * one unlocked ("dynamic") preview, which follows the active `.tcpflow`
 * editor, and any number of previews locked to one file. Panels restored
 * after a window reload come back through `revive`.
 */
export class PreviewManager implements vscode.Disposable {
  private dynamicPreview: TcpflowPreview | undefined;
  private readonly previews = new Set<TcpflowPreview>();
  /** The preview whose panel has focus, for the toggle-lock command. */
  private activePreview: TcpflowPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: PreviewContext) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor !== undefined && editor.document.languageId === TCPFLOW_LANGUAGE && this.dynamicPreview !== undefined) {
          this.dynamicPreview.show(editor.document.uri);
        }
      }),
    );
  }

  /** Opens (or reveals) the preview of `resource`, in the active column or beside it. */
  openPreview(resource: vscode.Uri, toSide: boolean): void {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    const locked = [...this.previews].find((p) => p.locked && p.resource.toString() === resource.toString());
    if (locked !== undefined) {
      locked.panel.reveal(undefined, toSide);
      return;
    }
    if (this.dynamicPreview !== undefined) {
      this.dynamicPreview.show(resource);
      this.dynamicPreview.panel.reveal(undefined, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      '',
      { viewColumn: column, preserveFocus: toSide },
      // The page keeps nothing it cannot rebuild from its state and the host's next update. Its
      // options come with the panel, so the webview is made with them from the start.
      { enableFindWidget: false, ...previewWebviewOptions(this.context.extensionUri) },
    );
    this.track(new TcpflowPreview(panel, resource, false, this.context));
  }

  /** Locks the focused preview to its file, or unlocks it so it follows the active editor again. */
  toggleLock(preview: TcpflowPreview | undefined = this.activePreview ?? this.dynamicPreview): void {
    if (preview === undefined) {
      return;
    }
    if (preview.locked) {
      // Only one preview follows the editor: the one unlocked now replaces the old one.
      if (this.dynamicPreview !== undefined && this.dynamicPreview !== preview) {
        this.dynamicPreview.dispose();
      }
      preview.setLocked(false);
      this.dynamicPreview = preview;
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId === TCPFLOW_LANGUAGE) {
        preview.show(editor.document.uri);
      }
    } else {
      preview.setLocked(true);
      if (this.dynamicPreview === preview) {
        this.dynamicPreview = undefined;
      }
    }
  }

  /** A panel VS Code restored after a reload, with the state its page saved. */
  revive(panel: vscode.WebviewPanel, state: PreviewState): void {
    const preview = new TcpflowPreview(panel, vscode.Uri.parse(state.uri), state.locked, this.context, state);
    if (!state.locked && this.dynamicPreview !== undefined) {
      // Two unlocked previews cannot both follow the editor; the newer one locks.
      preview.setLocked(true);
    }
    this.track(preview);
  }

  /** The previews open now (for tests and commands). */
  get openPreviews(): readonly TcpflowPreview[] {
    return [...this.previews];
  }

  dispose(): void {
    for (const preview of [...this.previews]) {
      preview.dispose();
    }
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private track(preview: TcpflowPreview): void {
    this.previews.add(preview);
    if (!preview.locked) {
      this.dynamicPreview = preview;
    }
    if (preview.panel.active) {
      this.activePreview = preview;
    }
    const subscriptions = [
      preview.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) {
          this.activePreview = preview;
        } else if (this.activePreview === preview) {
          this.activePreview = undefined;
        }
      }),
      preview.onDidRequestToggleLock(() => this.toggleLock(preview)),
    ];
    preview.onDidDispose(() => {
      vscode.Disposable.from(...subscriptions).dispose();
      this.previews.delete(preview);
      if (this.dynamicPreview === preview) {
        this.dynamicPreview = undefined;
      }
      if (this.activePreview === preview) {
        this.activePreview = undefined;
      }
    });
  }
}

import * as vscode from 'vscode';
import type { Lang } from '../../core/messages';
import { stateDiagramText } from '../../core/messages/stateDiagram';
import type { AnalysisCache } from '../analysisCache';
import { makeNonce } from '../preview/previewHtml';
import { TCPFLOW_LANGUAGE } from '../preview/previewManager';
import { PREVIEW_VIEW_TYPE } from '../../shared/preview/protocol';
import { isReady, STATE_DIAGRAM_VIEW_TYPE, type StateDiagramMessage } from '../../shared/stateDiagram/protocol';
import { stateDiagramHtml } from './stateDiagramHtml';

export interface StateDiagramContext {
  readonly extensionUri: vscode.Uri;
  readonly cache: AnalysisCache;
  readonly lang: () => Lang;
}

function isPreviewTab(tab: vscode.Tab): boolean {
  return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE);
}

/**
 * Where the Figure 5 panel goes so that it hides neither the script nor its preview: with the script
 * on the left and its preview on the right (the usual layout), in a new group under the preview;
 * with any other layout, in a new group after the last one; with no preview open, beside the editor.
 */
async function columnBesidePreview(editorColumn: vscode.ViewColumn | undefined): Promise<vscode.ViewColumn> {
  const groups = vscode.window.tabGroups.all;
  const preview = groups.find((group) => group.tabs.some(isPreviewTab));
  if (preview === undefined || editorColumn === undefined) {
    return vscode.ViewColumn.Beside;
  }
  if (groups.length === 2 && editorColumn === vscode.ViewColumn.One && preview.viewColumn === vscode.ViewColumn.Two) {
    // Script | preview over Figure 5. The two groups keep their editors: the layout only splits the second.
    await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{}, { groups: [{}, {}] }] });
    return vscode.ViewColumn.Three;
  }
  return (Math.max(...groups.map((group) => group.viewColumn)) + 1) as vscode.ViewColumn;
}

/** Cursor moves come in bursts (holding an arrow key): redraw once they pause. */
const CURSOR_DELAY_MS = 80;

/**
 * The one Figure 5 panel. It follows the active `.tcpflow` editor and redraws
 * when that script's analysis changes or its cursor moves to another line,
 * posting only when the drawing would change. After a window reload the
 * serializer hands the restored panel back through `revive`.
 */
export class StateDiagramView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private lastPosted: string | undefined;
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the updates asked for, so that only the latest answer is drawn. */
  private questions = 0;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: StateDiagramContext) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === TCPFLOW_LANGUAGE) {
          this.follow(editor.document);
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // Nothing to do on the keystroke path while the panel is closed.
        if (this.panel && e.textEditor.document === this.document) {
          clearTimeout(this.cursorTimer);
          this.cursorTimer = setTimeout(() => this.update(), CURSOR_DELAY_MS);
        }
      }),
      context.cache.onDidChange(({ document }) => {
        if (document === this.document) {
          this.update();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = undefined;
          this.update();
        }
      }),
    );
  }

  /** Opens the panel beside the editor and its preview, never over them (or reveals it), showing the active script. */
  async show(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === TCPFLOW_LANGUAGE) {
      this.document = editor.document;
    }
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.update();
      return;
    }
    const viewColumn = await columnBesidePreview(editor?.viewColumn);
    const panel = vscode.window.createWebviewPanel(STATE_DIAGRAM_VIEW_TYPE, '', { viewColumn, preserveFocus: true }, { enableFindWidget: false });
    this.attach(panel);
  }

  /** Takes over a panel restored after a window reload. */
  revive(panel: vscode.WebviewPanel): void {
    if (this.panel) {
      panel.dispose();
      return;
    }
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === TCPFLOW_LANGUAGE);
    this.document = editor?.document.languageId === TCPFLOW_LANGUAGE ? editor.document : undefined;
    this.attach(panel);
  }

  /** The text of the last drawing posted, for tests. */
  get postedText(): string | undefined {
    return this.lastPosted;
  }

  dispose(): void {
    clearTimeout(this.cursorTimer);
    this.panel?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private follow(document: vscode.TextDocument): void {
    if (document !== this.document) {
      this.document = document;
      this.update();
    }
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.lastPosted = undefined;
    const { extensionUri } = this.context;
    const lang = this.context.lang();
    const title = stateDiagramText('stateDiagram.title', lang);
    panel.title = stateDiagramText('stateDiagram.tabTitle', lang);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'tcpflow-light.svg');
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
    panel.webview.html = stateDiagramHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'stateDiagram.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'stateDiagram.css')).toString(),
      // Web Crypto: in Node and in a web worker extension host alike.
      nonce: makeNonce((size) => crypto.getRandomValues(new Uint8Array(size))),
      lang,
      title,
      strings: { renderFailed: vscode.l10n.t('The diagram could not be drawn: {0}', '{0}') },
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.lastPosted = undefined;
    });
    // Messages posted before the page listens are lost: it says when it is ready, and gets the drawing then.
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (isReady(message)) {
        this.lastPosted = undefined;
        this.update();
      }
    });
    // A hidden webview loses its page; when it shows again, post the drawing again.
    panel.onDidChangeViewState(() => {
      if (panel.visible) {
        this.lastPosted = undefined;
        this.update();
      }
    });
    this.update();
  }

  /** Posts the drawing for the document and cursor now; an answer overtaken by a later update is dropped. */
  private update(): void {
    if (!this.panel) {
      return;
    }
    const question = ++this.questions;
    this.message().then(
      (message) => {
        if (question !== this.questions || !this.panel) {
          return;
        }
        const serialized = JSON.stringify(message);
        if (serialized === this.lastPosted) {
          return;
        }
        this.lastPosted = serialized;
        void this.panel.webview.postMessage(message);
      },
      (error: unknown) => console.error('tcpflow: the state diagram could not be updated:', error),
    );
  }

  private async message(): Promise<StateDiagramMessage> {
    const lang = this.context.lang();
    const document = this.document;
    if (document === undefined || document.isClosed) {
      return { type: 'empty', message: stateDiagramText('stateDiagram.noScript', lang) };
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const cursorLine = editor?.selection.active.line;
    const { text, legend, edges } = await this.context.cache.get(document).ask('stateDiagram', { cursorLine, lang });
    const name = document.uri.path.split('/').pop() ?? '';
    return { type: 'render', text, legend, edges, caption: `${stateDiagramText('stateDiagram.title', lang)} — ${name}` };
  }
}

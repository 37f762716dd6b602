import * as vscode from 'vscode';
import type { Lang } from '../../core/messages';
import { SLICED_FROM_CHARS, type AnalysisCache } from '../analysisCache';
import { AnalysisInHost, type AnalysisRef } from '../analysisRef';
import { copyDiagramSource, saveExport } from './previewExport';
import { sameContent, type PreviewContent } from './previewContent';
import { makeNonce, previewHtml } from './previewHtml';
import type { MermaidPreloads } from './mermaidPreloads';
import { previewStrings } from './previewStrings';
import type { PreviewStyleStore } from './previewStyle';
import type { HostMessage, PreviewState, PreviewStyle, WebviewMessage } from '../../shared/preview/protocol';
import type { ArgsOf } from '../answers/questions';
import { parseWebviewMessage } from '../../shared/preview/protocolChecks';

/** A cursor move this soon after an edit of the document was made by the edit (typing), not by the user. */
const TYPING_CURSOR_MS = 50;
/** The most a first update may weigh to travel inside the page's HTML (as JSON); a larger one is posted when the page is ready. */
const MAX_INLINE_UPDATE_CHARS = 256 * 1024;

export interface PreviewContext {
  readonly extensionUri: vscode.Uri;
  readonly cache: AnalysisCache;
  /** The language of problem messages (the `tcpflow.language` setting). */
  readonly lang: () => Lang;
  /** `tcpflow.diagram.showSequenceNumbers`, which the timeline follows as the sequence diagram does. */
  readonly showSeq: () => boolean;
  /** The view the previews show. */
  readonly style: PreviewStyleStore;
  readonly mermaidPreloads: MermaidPreloads;
}

/** Where the webview may load files from: its bundle and the stylesheet, nothing else. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * One preview panel: shows one `.tcpflow` document's diagram, updated from the
 * shared analysis cache, and answers the webview (click → line, export, copy).
 * An unlocked preview may be pointed at another document (`show`).
 */
export class TcpflowPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly lockRequestEmitter = new vscode.EventEmitter<void>();
  private seq = 0;
  /** Counts the preview's questions for its content, so that only the latest answer is shown. */
  private contentQuestions = 0;
  /** What the webview has (or will have once ready); undefined until it is ready. */
  private sent: PreviewContent | undefined;
  /** The update put in the page's HTML, until the page says whether it took it. */
  private inlined: { readonly seq: number; readonly content: PreviewContent } | undefined;
  private ready = false;
  private cursorLine: number | undefined;
  /** When the document last changed (ms, performance clock): a cursor move right after an edit is typing. */
  private lastEditAt = -Infinity;
  private disposed = false;
  private style: PreviewStyle;

  readonly onDidDispose = this.disposeEmitter.event;
  /** The webview's lock button was pressed: the manager decides what locking means. */
  readonly onDidRequestToggleLock = this.lockRequestEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
    private lockedToResource: boolean,
    private readonly context: PreviewContext,
    state: Pick<PreviewState, 'zoom' | 'step' | 'style'> = { zoom: undefined, step: undefined, style: context.style.get() },
  ) {
    this.style = state.style;
    panel.webview.options = previewWebviewOptions(context.extensionUri);
    panel.iconPath = {
      light: vscode.Uri.joinPath(context.extensionUri, 'media', 'icons', 'tcpflow-light.svg'),
      dark: vscode.Uri.joinPath(context.extensionUri, 'media', 'icons', 'tcpflow-dark.svg'),
    };
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(parseWebviewMessage(message))),
      context.cache.onDidChange((change) => {
        if (change.document.uri.toString() === this.resourceUri.toString()) {
          void this.sendContent(change.document);
        }
      }),
      context.style.onDidChange((style) => {
        this.style = style;
        void this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && e.document.uri.toString() === this.resourceUri.toString()) {
          this.lastEditAt = performance.now();
          this.post({ type: 'typing' });
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() === this.resourceUri.toString()) {
          // VS Code reports the edit first, then the cursor it moved.
          this.sendCursor(e.selections[0]?.active.line, performance.now() - this.lastEditAt > TYPING_CURSOR_MS);
        }
      }),
    );
    this.loadPage(state);
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedToResource;
  }

  /** Points the preview at another document (keeps the page and its Mermaid). */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.resourceUri.toString()) {
      return;
    }
    this.resourceUri = resource;
    this.cursorLine = undefined;
    this.updateTitle();
    void this.refresh();
  }

  setLocked(locked: boolean): void {
    this.lockedToResource = locked;
    this.updateTitle();
    this.post({ type: 'lock', locked });
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.lockRequestEmitter.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }

  private loadPage(state: Pick<PreviewState, 'zoom' | 'step' | 'style'>): void {
    this.ready = false;
    this.sent = undefined;
    this.inlined = this.inlineUpdate(state.style);
    const { webview } = this.panel;
    const { extensionUri } = this.context;
    this.updateTitle();
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
      // The timeline draws without Mermaid: it does not wait for it.
      moduleUris: state.style === 'sequence' ? this.context.mermaidPreloads.uris(webview) : [],
      // Web Crypto: in Node and in a web worker extension host alike.
      nonce: makeNonce((size) => crypto.getRandomValues(new Uint8Array(size))),
      lang: vscode.env.language,
      strings: previewStrings(vscode.l10n.t),
      state: { uri: this.resourceUri.toString(), locked: this.lockedToResource, zoom: state.zoom, step: state.step, style: state.style },
      update: this.inlined === undefined ? undefined : { type: 'update', seq: this.inlined.seq, ...this.inlined.content },
    });
  }

  /**
   * The first update, to travel inside the page: the page then draws as soon as Mermaid is
   * loaded, without a round trip to the host once it runs. Only for a document already open and
   * short enough to be analysed at once (a long one's analysis is not ready yet), and an update
   * small enough not to weigh on the HTML; otherwise the page asks when ready, as it always may.
   */
  private inlineUpdate(style: PreviewStyle): { seq: number; content: PreviewContent } | undefined {
    const uri = this.resourceUri.toString();
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document === undefined || document.offsetAt(document.lineAt(document.lineCount - 1).range.end) >= SLICED_FROM_CHARS) {
      return undefined;
    }
    const analysis = this.context.cache.get(document);
    if (!(analysis instanceof AnalysisInHost)) {
      return undefined;
    }
    const content = analysis.answerNow('preview', this.contentArgs(style));
    if (JSON.stringify(content).length > MAX_INLINE_UPDATE_CHARS) {
      return undefined;
    }
    return { seq: ++this.seq, content };
  }

  private updateTitle(): void {
    const name = baseName(this.resourceUri);
    this.panel.title = this.lockedToResource ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  /** Sends the current analysis of the document (opening it if needed). */
  private async refresh(): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(this.resourceUri);
      if (!this.disposed && document.uri.toString() === this.resourceUri.toString()) {
        await this.sendContent(document);
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
        this.sendCursor(editor?.selection.active.line, true);
      }
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open {0} for the preview: {1}', this.resourceUri.toString(true), String(error)));
    }
  }

  /** What the preview asks of an analysis of its document. */
  private contentArgs(style: PreviewStyle): ArgsOf<'preview'> {
    return { uri: this.resourceUri.toString(), source: baseName(this.resourceUri), style, showSeq: this.context.showSeq(), lang: this.context.lang() };
  }

  private async sendContent(document: vscode.TextDocument): Promise<void> {
    if (!this.ready) {
      return; // Sent in full once the page says it is ready.
    }
    const question = ++this.contentQuestions;
    const analysis: AnalysisRef = this.context.cache.get(document);
    let content: PreviewContent;
    try {
      content = await analysis.ask('preview', this.contentArgs(this.style));
    } catch (error) {
      console.error(`tcpflow: the preview of ${this.resourceUri.toString()} could not be updated:`, error);
      return;
    }
    // A later question (a newer analysis, another document) has the say.
    if (question !== this.contentQuestions || content.uri !== this.resourceUri.toString() || (this.sent !== undefined && sameContent(this.sent, content))) {
      return;
    }
    this.sent = content;
    this.post({ type: 'update', seq: ++this.seq, ...content });
  }

  private sendCursor(line: number | undefined, follow: boolean): void {
    if (line === undefined || !this.ready || line === this.cursorLine) {
      return;
    }
    this.cursorLine = line;
    this.post({ type: 'cursor', line, follow });
  }

  private post(message: HostMessage): void {
    if (this.ready && !this.disposed) {
      void this.panel.webview.postMessage(message);
    }
  }

  private onMessage(message: WebviewMessage | undefined): void {
    if (message === undefined) {
      return;
    }
    switch (message.type) {
      case 'ready':
        // A fresh page (first load, or shown again after being hidden): send everything it does not have.
        this.ready = true;
        this.sent = message.shown !== undefined && message.shown === this.inlined?.seq ? this.inlined.content : undefined;
        this.inlined = undefined;
        this.cursorLine = undefined;
        this.post({ type: 'lock', locked: this.lockedToResource });
        void this.refresh();
        break;
      case 'rendered':
        // Nothing to do here: the page reports each render for tests and benchmarks to wait on.
        break;
      case 'revealLine':
        void this.revealLine(message.line, message.preserveFocus);
        break;
      case 'export':
        void saveExport(message, this.resourceUri);
        break;
      case 'copySource':
        void copyDiagramSource(this.sent?.diagram.text);
        break;
      case 'toggleLock':
        this.lockRequestEmitter.fire();
        break;
      case 'setStyle':
        // Remembered for the workspace; every preview (this one included) follows the store.
        this.style = message.style;
        void this.context.style.set(message.style);
        void this.refresh();
        break;
    }
  }

  /**
   * Selects the line in an editor of the document, opening one beside the
   * preview if none shows it; the editor takes the keyboard unless the
   * preview keeps it (stepping through).
   */
  private async revealLine(line: number, preserveFocus: boolean): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.resourceUri);
    if (line >= document.lineCount) {
      return;
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? otherColumn(this.panel.viewColumn),
      preserveFocus,
    });
    const text = document.lineAt(line);
    const selection = new vscode.Selection(line, text.firstNonWhitespaceCharacterIndex, line, text.range.end.character);
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function baseName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString(true);
}

function otherColumn(column: vscode.ViewColumn | undefined): vscode.ViewColumn {
  return column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
}

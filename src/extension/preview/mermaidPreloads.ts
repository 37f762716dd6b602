import * as vscode from 'vscode';

/** A file of the shared Mermaid module, as the build names them: nothing with a path in it. */
const FILE_NAME = /^[\w-]+\.js$/;

/**
 * The files of the shared Mermaid module a page drawing a sequence diagram
 * loads first, as the build lists them (dist/webview/mermaid/preload.json;
 * see esbuild.js). Read once, in the background, when the extension starts:
 * a preview opened before it is read, or without the list, loads Mermaid as
 * its imports ask for it, only later.
 */
export class MermaidPreloads {
  private files: readonly string[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    void this.read();
  }

  /** The files' addresses for `webview`, the module first. */
  uris(webview: vscode.Webview): string[] {
    return this.files.map((file) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'mermaid', file)).toString());
  }

  private async read(): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'mermaid', 'preload.json'));
      const list = (JSON.parse(new TextDecoder().decode(bytes)) as { sequenceDiagram?: unknown }).sequenceDiagram;
      if (Array.isArray(list) && list.every((file) => typeof file === 'string' && FILE_NAME.test(file))) {
        this.files = list;
      }
    } catch {
      // No list: the page still loads everything it imports.
    }
  }
}

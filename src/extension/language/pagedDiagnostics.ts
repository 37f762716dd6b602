import * as vscode from 'vscode';
import { nextTurn } from '../slicedRun';

/** Problems handed to VS Code in one turn of the extension host. */
const PER_PAGE = 100;

/**
 * A document's problems, published a page a turn, each page its own diagnostic collection.
 * VS Code converts and sends a collection's whole list at every `set`: a thousand problems
 * at once held the extension host for up to 24 ms, a hundred take a tenth of that. The
 * Problems panel, the editor's squiggles and the quick fixes read all collections as one.
 */
export class PagedDiagnostics implements vscode.Disposable {
  private readonly pages: vscode.DiagnosticCollection[] = [];
  /** How many pages each document has now. */
  private readonly pagesOf = new Map<string, number>();
  /** The latest publication for each document: an earlier one still going stops. */
  private readonly latest = new Map<string, number>();
  private publications = 0;

  constructor(private readonly name: string) {}

  /**
   * Replaces the document's problems, a page a turn. Resolves when all are shown, or at once
   * when a later `set` or `delete` for the document takes over.
   */
  async set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): Promise<void> {
    const key = uri.toString();
    const publication = ++this.publications;
    this.latest.set(key, publication);
    const count = Math.ceil(diagnostics.length / PER_PAGE);
    for (let page = 0; page < count; page++) {
      if (page > 0) {
        await new Promise<void>((resolve) => nextTurn(resolve));
        if (this.latest.get(key) !== publication) {
          return;
        }
      }
      this.page(page).set(uri, diagnostics.slice(page * PER_PAGE, (page + 1) * PER_PAGE));
      // Counted as it is set, so that a publication cut short leaves no page unaccounted for.
      this.pagesOf.set(key, Math.max(this.pagesOf.get(key) ?? 0, page + 1));
    }
    // Pages the document had before and no longer needs.
    for (let page = count; page < (this.pagesOf.get(key) ?? 0); page++) {
      this.pages[page]!.delete(uri);
    }
    this.pagesOf.set(key, count);
  }

  delete(uri: vscode.Uri): void {
    const key = uri.toString();
    this.latest.delete(key);
    this.pagesOf.delete(key);
    for (const page of this.pages) {
      page.delete(uri);
    }
  }

  dispose(): void {
    for (const page of this.pages) {
      page.dispose();
    }
    this.pages.length = 0;
  }

  private page(index: number): vscode.DiagnosticCollection {
    while (this.pages.length <= index) {
      this.pages.push(vscode.languages.createDiagnosticCollection(this.pages.length === 0 ? this.name : `${this.name}.${this.pages.length}`));
    }
    return this.pages[index]!;
  }
}

import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toTextEdit } from './convert';

/** Format Document: the canonical spelling and spacing of src/core/format.ts. */
export function registerFormatting(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentFormattingEditProvider(TCPFLOW_SELECTOR, {
      async provideDocumentFormattingEdits(document) {
        // Edits must fit the text exactly: the analysis of this version, not the last one there is.
        const version = document.version;
        const analysis = await cache.settled(document);
        if (!analysis || document.version !== version) {
          return [];
        }
        const edits = await analysis.ask('format', {});
        return document.version === version ? edits.map(toTextEdit) : [];
      },
    }),
  );
}

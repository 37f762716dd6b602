import * as vscode from 'vscode';
import { formatEdits } from '../../core/format';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toTextEdit } from './convert';

/** Format Document: the canonical spelling and spacing of src/core/format.ts. */
export function registerFormatting(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentFormattingEditProvider(TCPFLOW_SELECTOR, {
      provideDocumentFormattingEdits(document) {
        return formatEdits(document.getText(), cache.get(document)).map(toTextEdit);
      },
    }),
  );
}

import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR } from './convert';

/** Folds each phase of the connection (setup, data transfer, close) and each block of comment lines (core/outline.ts). */
export function registerFolding(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(TCPFLOW_SELECTOR, {
      async provideFoldingRanges(document) {
        const spans = await cache.get(document).ask('folding', {});
        return spans.map(
          (span) => new vscode.FoldingRange(span.startLine, span.endLine, span.kind === 'region' ? vscode.FoldingRangeKind.Region : vscode.FoldingRangeKind.Comment),
        );
      },
    }),
  );
}

import * as vscode from 'vscode';
import { statementAt } from '../../core/locate';
import type { Analysis } from '../../core/model';
import { phases } from '../../core/phases';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR } from './convert';

/** Folds each phase of the connection (setup, data transfer, close) and each block of comment lines. */
export function registerFolding(context: vscode.ExtensionContext, cache: AnalysisCache): void {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(TCPFLOW_SELECTOR, {
      provideFoldingRanges: (document) => foldingRanges(cache.get(document)),
    }),
  );
}

export function foldingRanges(analysis: Analysis): vscode.FoldingRange[] {
  const ranges: vscode.FoldingRange[] = [];
  for (const phase of phases(analysis)) {
    if (phase.endLine > phase.startLine) {
      ranges.push(new vscode.FoldingRange(phase.startLine, phase.endLine, vscode.FoldingRangeKind.Region));
    }
  }
  // Comment lines with nothing else on them, in runs of two or more.
  let runStart = -1;
  let previous = -2;
  const flush = (): void => {
    if (runStart >= 0 && previous > runStart) {
      ranges.push(new vscode.FoldingRange(runStart, previous, vscode.FoldingRangeKind.Comment));
    }
  };
  for (const comment of analysis.script.comments) {
    const line = comment.range.start.line;
    if (statementAt(analysis, line)) {
      continue;
    }
    if (line !== previous + 1) {
      flush();
      runStart = line;
    }
    previous = line;
  }
  flush();
  return ranges;
}

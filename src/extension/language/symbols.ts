import * as vscode from 'vscode';
import { editorText } from '../../core/messages/editor';
import type { Lang } from '../../core/messages';
import type { Analysis } from '../../core/model';
import { phases, type Phase } from '../../core/phases';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toRange } from './convert';
import { statesLabel } from './inlayHints';
import type { SettingsStore } from './settings';

/** A phase lists this many events in the outline; the rest are one entry. */
export const EVENTS_LISTED_PER_PHASE = 1000;

/**
 * The outline and breadcrumbs: the header (title and hosts), then the
 * connection's phases (setup, data transfer, close) with their events inside.
 */
export function registerSymbols(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(
      TCPFLOW_SELECTOR,
      {
        // Symbols must fit the text (VS Code checks each range): the analysis of this version, not the last one there is.
        async provideDocumentSymbols(document) {
          const version = document.version;
          const analysis = await cache.settled(document);
          return analysis && document.version === version ? documentSymbols(document, analysis, settings.current.lang) : [];
        },
      },
      { label: 'TCP Flow' },
    ),
  );
}

export function documentSymbols(document: vscode.TextDocument, analysis: Analysis, lang: Lang): vscode.DocumentSymbol[] {
  const symbols: vscode.DocumentSymbol[] = [];
  const header = headerSymbol(analysis, lang);
  if (header) {
    symbols.push(header);
  }
  for (const phase of phases(analysis)) {
    symbols.push(phaseSymbol(document, analysis, phase, lang));
  }
  return symbols;
}

function headerSymbol(analysis: Analysis, lang: Lang): vscode.DocumentSymbol | undefined {
  const children: vscode.DocumentSymbol[] = [];
  for (const statement of analysis.script.statements) {
    if (statement.kind === 'title' && statement.text) {
      const range = toRange(statement.range);
      children.push(new vscode.DocumentSymbol(statement.text.value || '""', 'title', vscode.SymbolKind.String, range, toRange(statement.text.range)));
    } else if (statement.kind === 'host' && statement.name) {
      const label = statement.label?.value ?? '';
      children.push(new vscode.DocumentSymbol(statement.name.text, label, vscode.SymbolKind.Variable, toRange(statement.range), toRange(statement.name.range)));
    }
  }
  if (children.length === 0) {
    return undefined;
  }
  const range = children.map((c) => c.range).reduce((a, b) => a.union(b));
  const header = new vscode.DocumentSymbol(editorText('symbol.header', lang), '', vscode.SymbolKind.Module, range, children[0]!.selectionRange);
  header.children = children;
  return header;
}

function phaseSymbol(document: vscode.TextDocument, analysis: Analysis, phase: Phase, lang: Lang): vscode.DocumentSymbol {
  const range = new vscode.Range(phase.startLine, 0, phase.endLine, document.lineAt(Math.min(phase.endLine, document.lineCount - 1)).text.length);
  const first = analysis.steps[phase.firstStep]!;
  const detail = editorText('phase.detail', lang, { first: phase.startLine + 1, last: phase.endLine + 1 });
  const selection = toRange(analysis.script.statements[first.statementIndex]!.range);
  const symbol = new vscode.DocumentSymbol(editorText(`phase.${phase.kind}`, lang), detail, vscode.SymbolKind.Namespace, range, selection);
  const listedEnd = Math.min(phase.lastStep, phase.firstStep + EVENTS_LISTED_PER_PHASE - 1);
  for (let i = phase.firstStep; i <= listedEnd; i++) {
    const step = analysis.steps[i]!;
    const statement = analysis.script.statements[step.statementIndex];
    if (!statement) {
      continue;
    }
    const at = toRange(statement.range);
    symbol.children.push(new vscode.DocumentSymbol(document.getText(at), statesLabel(step), vscode.SymbolKind.Event, at, at));
  }
  const rest = restOfPhase(analysis, phase, listedEnd + 1, range, lang);
  if (rest) {
    symbol.children.push(rest);
  }
  return symbol;
}

/**
 * The events of a long phase past the first EVENTS_LISTED_PER_PHASE, as one entry that leads to
 * them: an outline of a pasted capture's hundred thousand events would hold the editor up and help
 * no one find anything.
 */
function restOfPhase(analysis: Analysis, phase: Phase, firstUnlisted: number, phaseRange: vscode.Range, lang: Lang): vscode.DocumentSymbol | undefined {
  const statement = firstUnlisted <= phase.lastStep ? analysis.script.statements[analysis.steps[firstUnlisted]!.statementIndex] : undefined;
  if (!statement) {
    return undefined;
  }
  const at = toRange(statement.range);
  const range = new vscode.Range(at.start, phaseRange.end);
  const label = editorText('symbol.moreEvents', lang, { count: phase.lastStep - firstUnlisted + 1 });
  return new vscode.DocumentSymbol(label, editorText('phase.detail', lang, { first: at.start.line + 1, last: phase.endLine + 1 }), vscode.SymbolKind.Event, range, at);
}

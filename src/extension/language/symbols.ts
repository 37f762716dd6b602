import * as vscode from 'vscode';
import type { OutlineKind, OutlineSymbol } from '../../core/outline';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toRange } from './convert';
import type { SettingsStore } from './settings';

const KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  header: vscode.SymbolKind.Module,
  title: vscode.SymbolKind.String,
  host: vscode.SymbolKind.Variable,
  phase: vscode.SymbolKind.Namespace,
  event: vscode.SymbolKind.Event,
};

/**
 * The outline and breadcrumbs: the header (title and hosts), then the
 * connection's phases (setup, data transfer, close) with their events inside (core/outline.ts).
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
          if (!analysis || document.version !== version) {
            return [];
          }
          const outline = await analysis.ask('symbols', { lang: settings.current.lang });
          return document.version === version ? outline.map(toDocumentSymbol) : [];
        },
      },
      { label: 'TCP Flow' },
    ),
  );
}

function toDocumentSymbol(symbol: OutlineSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, KINDS[symbol.kind], toRange(symbol.range), toRange(symbol.selectionRange));
  result.children = symbol.children.map(toDocumentSymbol);
  return result;
}

import * as vscode from 'vscode';
import type { CompletionKind } from '../../core/completion';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toPosition, toRange } from './convert';
import type { SettingsStore } from './settings';

const KINDS: Readonly<Record<CompletionKind, vscode.CompletionItemKind>> = {
  flags: vscode.CompletionItemKind.Constant,
  action: vscode.CompletionItemKind.Function,
  state: vscode.CompletionItemKind.EnumMember,
  host: vscode.CompletionItemKind.Variable,
  keyword: vscode.CompletionItemKind.Keyword,
  field: vscode.CompletionItemKind.Field,
  value: vscode.CompletionItemKind.Value,
  segmentName: vscode.CompletionItemKind.Reference,
  snippet: vscode.CompletionItemKind.Snippet,
};

/** Typed after these, a new part of a statement begins: the list opens by itself. */
export const TRIGGER_CHARACTERS = [':', ' ', '+', ',', '/', '=', '>'];

/** Completion that knows the connection's state at the cursor; the core decides, in its order. */
export function registerCompletion(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      TCPFLOW_SELECTOR,
      {
        async provideCompletionItems(document, position) {
          const completions = await cache
            .get(document)
            .ask('completion', { lineText: document.lineAt(position.line).text, position: toPosition(position), lang: settings.current.lang });
          if (!completions) {
            return undefined;
          }
          const range = toRange(completions.range);
          const width = String(completions.items.length).length;
          return completions.items.map((item, index) => {
            // A refused segment's reason stands beside its label in every row, so it reads apart from those the sender may send.
            const result = new vscode.CompletionItem(item.refused ? { label: item.label, description: item.detail } : item.label, KINDS[item.kind]);
            result.range = item.range ? toRange(item.range) : range;
            // The core's order is the order of usefulness; keep it over VS Code's alphabetical one.
            result.sortText = String(index).padStart(width, '0');
            result.detail = item.detail;
            result.preselect = item.preselect;
            if (item.documentation) {
              result.documentation = new vscode.MarkdownString(item.documentation);
            }
            if (item.insertText !== undefined) {
              result.insertText = item.kind === 'snippet' ? new vscode.SnippetString(item.insertText) : item.insertText;
            }
            if (item.retrigger) {
              result.command = { command: 'editor.action.triggerSuggest', title: 'Suggest' };
            }
            return result;
          });
        },
      },
      ...TRIGGER_CHARACTERS,
    ),
  );
}

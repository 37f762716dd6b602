import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { fromRange, TCPFLOW_SELECTOR, toRange, toTextEdit } from './convert';
import { codeOf, DIAGNOSTIC_SOURCE } from './diagnostics';
import type { SettingsStore } from './settings';

/**
 * Every fix the core attached to a diagnostic becomes a quick fix: did-you-mean,
 * add the missing listen, set seq/ack, insert the owed reply, make an expect match.
 */
export function registerCodeActions(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      TCPFLOW_SELECTOR,
      {
        async provideCodeActions(document, range, actionContext) {
          if (actionContext.only && !vscode.CodeActionKind.QuickFix.intersects(actionContext.only)) {
            return [];
          }
          // A fix's edits must fit the text exactly: the analysis of this version, not the last one there is.
          const version = document.version;
          const analysis = await cache.settled(document);
          if (!analysis || document.version !== version) {
            return [];
          }
          const found = await analysis.ask('fixes', { range: fromRange(range), lang: settings.current.lang });
          if (document.version !== version) {
            return [];
          }
          const actions: vscode.CodeAction[] = [];
          for (const diagnostic of found) {
            const at = toRange(diagnostic.range);
            const shown = actionContext.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === diagnostic.code && d.range.isEqual(at));
            for (const fix of diagnostic.fixes) {
              const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
              const edit = new vscode.WorkspaceEdit();
              edit.set(document.uri, fix.edits.map(toTextEdit));
              action.edit = edit;
              action.isPreferred = fix.preferred;
              if (shown) {
                action.diagnostics = [shown];
              }
              actions.push(action);
            }
          }
          return actions;
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
  );
}


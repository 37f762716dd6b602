import * as vscode from 'vscode';
import { localize } from '../../core/messages';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toRange, toTextEdit } from './convert';
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
          const lang = settings.current.lang;
          const actions: vscode.CodeAction[] = [];
          for (const diagnostic of analysis.diagnostics) {
            // Lines first, without building a Range: a pasted capture can have a problem on every line.
            if (!diagnostic.fixes || diagnostic.range.end.line < range.start.line || diagnostic.range.start.line > range.end.line) {
              continue;
            }
            const at = toRange(diagnostic.range);
            if (!at.intersection(range)) {
              continue;
            }
            const shown = actionContext.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === diagnostic.code && d.range.isEqual(at));
            for (const fix of diagnostic.fixes) {
              const action = new vscode.CodeAction(localize(fix.title, lang), vscode.CodeActionKind.QuickFix);
              const edit = new vscode.WorkspaceEdit();
              edit.set(document.uri, fix.edits.map(toTextEdit));
              action.edit = edit;
              action.isPreferred = fix.preferred === true;
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


import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR } from './convert';
import type { SettingsStore } from './settings';

/**
 * After each event line, both hosts' states, the way RFC 9293's figures print
 * them at the ends of each line. Off with `tcpflow.inlayHints.enabled`.
 */
export function registerInlayHints(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(
    changed,
    // The hints follow the published analysis, and a settings change may hide them or change their words.
    cache.onDidChange(() => changed.fire()),
    settings.onDidChange(() => changed.fire()),
    vscode.languages.registerInlayHintsProvider(TCPFLOW_SELECTOR, {
      onDidChangeInlayHints: changed.event,
      async provideInlayHints(document, range) {
        if (!settings.current.inlayHints) {
          return [];
        }
        const hints = await cache.get(document).ask('inlayHints', { startLine: range.start.line, endLine: range.end.line, lang: settings.current.lang });
        return hints
          .filter((h) => h.line < document.lineCount)
          .map((h) => {
            // At the end of the line, after any comment: never between the words being typed.
            const hint = new vscode.InlayHint(document.lineAt(h.line).range.end, h.label);
            hint.paddingLeft = true;
            hint.tooltip = h.tooltip;
            return hint;
          });
      },
    }),
  );
}

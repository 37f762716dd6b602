import * as vscode from 'vscode';
import { localize } from '../../core/messages';
import type { Step } from '../../core/model';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toRange } from './convert';
import type { SettingsStore } from './settings';

/** `client: SYN-SENT · server: LISTEN` after an event: both hosts' states once it has happened. */
export function statesLabel(step: Step): string {
  return Object.entries(step.states)
    .map(([host, state]) => `${host}: ${state}`)
    .join(' · ');
}

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
      provideInlayHints(document, range) {
        if (!settings.current.inlayHints) {
          return [];
        }
        const analysis = cache.get(document);
        const lang = settings.current.lang;
        const hints: vscode.InlayHint[] = [];
        for (const step of analysis.steps) {
          if (step.line < range.start.line || step.line > range.end.line) {
            continue;
          }
          const statement = analysis.script.statements[step.statementIndex];
          if (!statement || Object.keys(step.states).length === 0) {
            continue;
          }
          const hint = new vscode.InlayHint(toRange(statement.range).end, statesLabel(step));
          hint.paddingLeft = true;
          if (step.transitions.length > 0) {
            hint.tooltip = step.transitions.map((t) => `${t.from} → ${t.to}: ${localize(t.reason, lang)} (${t.rfc})`).join('\n');
          }
          hints.push(hint);
        }
        return hints;
      },
    }),
  );
}

import * as vscode from 'vscode';
import { localize } from '../../core/messages';
import type { Step } from '../../core/model';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR } from './convert';
import type { SettingsStore } from './settings';

/** `client: SYN-SENT · server: LISTEN` after an event: both hosts' states once it has happened. */
export function statesLabel(step: Step): string {
  return Object.entries(step.states)
    .map(([host, state]) => `${host}: ${state}`)
    .join(' · ');
}

/** Whether the engine could read the event in full; a line still being typed gets no hint. */
function wasReplayed(step: Step): boolean {
  const detail = step.detail;
  return detail.kind === 'segment' ? detail.wire.flags.length > 0 : detail.kind === 'action' ? detail.action !== undefined : true;
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
          if (step.line > range.end.line) {
            break;
          }
          if (step.line < range.start.line || !wasReplayed(step) || Object.keys(step.states).length === 0) {
            continue;
          }
          // At the end of the line, after any comment: never between the words being typed.
          const hint = new vscode.InlayHint(document.lineAt(step.line).range.end, statesLabel(step));
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

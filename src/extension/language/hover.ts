import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { TCPFLOW_SELECTOR, toPosition, toRange } from './convert';
import type { SettingsStore } from './settings';

/** Hovers on hosts, states, flags, fields and events, from the cached analysis. */
export function registerHover(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(TCPFLOW_SELECTOR, {
      async provideHover(document, position) {
        const hover = await cache.get(document).ask('hover', { position: toPosition(position), lang: settings.current.lang });
        return hover && new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(hover.range));
      },
    }),
  );
}

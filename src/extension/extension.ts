import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerLanguageFeatures } from './language/registerLanguage';
import { analyzeOptionsOf, SettingsStore } from './language/settings';
import { registerMarkdown, type MarkdownPreviewApi } from './markdown/registerMarkdown';
import { registerPreview } from './preview/registerPreview';
import { registerStateDiagram } from './stateDiagram/registerStateDiagram';
import { startAnalysisWorker } from './startWorker';
import { registerTeaching } from './teaching/registerTeaching';

/**
 * Activation stays cheap: settings are read, providers registered, and only
 * the `.tcpflow` documents already open are analysed.
 */
export function activate(context: vscode.ExtensionContext): MarkdownPreviewApi {
  const settings = new SettingsStore();
  // The worker starts with the first long script it is sent, not before.
  const cache = new AnalysisCache(() => analyzeOptionsOf(settings.current), { worker: startAnalysisWorker() });
  context.subscriptions.push(
    settings,
    cache,
    // The language of messages and the diagram's sequence numbers are part of the analysis.
    settings.onDidChange(() => cache.refresh()),
  );
  registerLanguageFeatures(context, cache, settings);
  registerPreview(context, cache);
  registerTeaching(context);
  registerStateDiagram(context, cache);
  cache.publishOpenDocuments();
  return registerMarkdown(context);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

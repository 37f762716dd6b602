import type * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { registerCodeActions } from './codeActions';
import { registerCompletion } from './completion';
import { registerDiagnostics } from './diagnostics';
import { registerFolding } from './folding';
import { registerFormatting } from './formatting';
import { registerHover } from './hover';
import { registerInlayHints } from './inlayHints';
import type { SettingsStore } from './settings';
import { registerSymbols } from './symbols';

/** Everything that makes `.tcpflow` a language in the editor, each feature reading the one cached analysis. */
export function registerLanguageFeatures(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  registerDiagnostics(context, cache, settings);
  registerHover(context, cache, settings);
  registerCompletion(context, cache, settings);
  registerCodeActions(context, cache, settings);
  registerInlayHints(context, cache, settings);
  registerSymbols(context, cache, settings);
  registerFolding(context, cache);
  registerFormatting(context, cache);
}

import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../../core/analyze';
import { langFromLocale, type Lang } from '../../core/messages';

/** The `tcpflow.*` settings, as the features read them. */
export interface Settings {
  /** Show hint-severity diagnostics (teaching notes). */
  readonly showHints: boolean;
  /** Show both hosts' states after each event line. */
  readonly inlayHints: boolean;
  /** Language of messages, hovers and the diagram; `auto` follows VS Code's display language. */
  readonly lang: Lang;
  /** Show seq/ack numbers on the diagram's arrows. */
  readonly showSeq: boolean;
}

export const SETTINGS_SECTION = 'tcpflow';

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  const language = config.get<string>('language', 'auto');
  return {
    showHints: config.get<boolean>('diagnostics.showHints', true),
    inlayHints: config.get<boolean>('inlayHints.enabled', true),
    lang: language === 'en' || language === 'ko' ? language : langFromLocale(vscode.env.language),
    showSeq: config.get<boolean>('diagram.showSequenceNumbers', true),
  };
}

export function analyzeOptionsOf(settings: Settings): AnalyzeOptions {
  return { showSeq: settings.showSeq, lang: settings.lang };
}

/** The current settings, and an event when any `tcpflow.*` setting changes. */
export class SettingsStore implements vscode.Disposable {
  private value = readSettings();
  private readonly emitter = new vscode.EventEmitter<Settings>();
  private readonly listener: vscode.Disposable;

  readonly onDidChange = this.emitter.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) {
        this.value = readSettings();
        this.emitter.fire(this.value);
      }
    });
  }

  get current(): Settings {
    return this.value;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}

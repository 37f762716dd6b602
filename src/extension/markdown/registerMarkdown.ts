import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import { readSettings, SETTINGS_SECTION } from '../language/settings';
import type { BlockOptions, BlockStrings } from './blockHtml';
import { viewOf } from './fenceInfo';
import { tcpflowMarkdownIt } from './markdownItPlugin';

/** What `activate` returns for VS Code's Markdown preview (`markdown.markdownItPlugins`). */
export interface MarkdownPreviewApi {
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** The view a block without one in its info string takes. */
const PREVIEW_STYLE = 'preview.style';

function blockStrings(): BlockStrings {
  return {
    problems: vscode.l10n.t('Problems in this story: {0}', '{0}'),
    line: vscode.l10n.t('Line {0}', '{0}'),
    severity: { error: vscode.l10n.t('error'), warning: vscode.l10n.t('warning'), hint: vscode.l10n.t('note') },
    more: vscode.l10n.t('and {0} more: open the story in a .tcpflow file to see them all', '{0}'),
    unknownView: vscode.l10n.t('“{0}” is not a view of a story: write sequence or timeline after tcpflow.', '{0}'),
    diagramOf: vscode.l10n.t('Diagram: {0}', '{0}'),
    untitled: vscode.l10n.t('a TCP story'),
    drawing: vscode.l10n.t('Drawing…'),
    renderFailed: vscode.l10n.t('The diagram could not be drawn: {0}', '{0}'),
  };
}

function blockOptions(): BlockOptions {
  const settings = readSettings();
  return {
    lang: settings.lang,
    showSeq: settings.showSeq,
    showHints: settings.showHints,
    defaultView: viewOf(vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>(PREVIEW_STYLE, 'sequence')),
    strings: blockStrings(),
  };
}

/**
 * ```tcpflow blocks in VS Code's Markdown preview. The preview renders in this extension host
 * through the returned plugin, and draws with the scripts and styles the manifest contributes;
 * a change to a `tcpflow.*` setting redraws the previews that are open.
 */
export function registerMarkdown(context: vscode.ExtensionContext): MarkdownPreviewApi {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS_SECTION)) {
        // Undefined when VS Code's Markdown extension is disabled: then there is no preview to redraw.
        vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
      }
    }),
  );
  return { extendMarkdownIt: (md) => tcpflowMarkdownIt(md, blockOptions) };
}

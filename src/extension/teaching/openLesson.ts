import * as vscode from 'vscode';
import { PREVIEW_COMMANDS } from '../preview/registerPreview';
import { chooseScript } from './teachingScripts';

export const OPEN_LESSON_COMMAND = 'tcpflow.openLesson';

/**
 * Opens a lesson from the extension's `examples/` as an untitled `.tcpflow` document, so the
 * student can change it freely without touching the installed copy, and draws it beside.
 * With a lesson's file name as argument (as the walkthrough passes), opens that one directly.
 */
export async function openLesson(extensionUri: vscode.Uri, name?: unknown): Promise<vscode.TextEditor | undefined> {
  const lesson = await chooseScript(extensionUri, 'examples', name, {
    title: vscode.l10n.t('Open a TCP Flow lesson'),
    placeHolder: vscode.l10n.t('Choose a lesson: it opens as a new, unsaved script you can change'),
    notFound: (n) => vscode.l10n.t('There is no lesson named {0}.', n),
  });
  if (lesson === undefined) {
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'tcpflow', content: lesson.text });
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand(PREVIEW_COMMANDS.showPreviewToSide);
  return editor;
}

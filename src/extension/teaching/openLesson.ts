import * as vscode from 'vscode';
import { PREVIEW_COMMANDS } from '../preview/registerPreview';
import { chooseScriptOrNote, isStudyNote } from './teachingScripts';

export const OPEN_LESSON_COMMAND = 'tcpflow.openLesson';

/**
 * Opens a lesson from the extension's `examples/` as an untitled document named after the lesson
 * (`04-why-random-isn.tcpflow`), so the tab, the preview's title and the export's proposed file name
 * say which lesson it is, and the student can change it freely without touching the installed copy;
 * saving proposes that name in the workspace. Opening a lesson that is already open shows it as the
 * student left it. With a lesson's file name as argument (as the walkthrough passes), opens that one.
 * A Markdown study note (`handshakes.ko.md`) opens in VS Code's Markdown preview instead, where its
 * stories are drawn; there is no script editor to return then.
 */
export async function openLesson(extensionUri: vscode.Uri, name?: unknown): Promise<vscode.TextEditor | undefined> {
  const lesson = await chooseScriptOrNote(extensionUri, 'examples', name, {
    title: vscode.l10n.t('Open a TCP Flow lesson'),
    placeHolder: vscode.l10n.t('Choose a lesson: it opens as a new, unsaved script you can change'),
    notFound: (n) => vscode.l10n.t('There is no lesson named {0}.', n),
  });
  if (lesson === undefined) {
    return undefined;
  }
  if (isStudyNote(lesson)) {
    await vscode.commands.executeCommand('markdown.showPreview', lesson.uri);
    return undefined;
  }
  const document = await lessonDocument(lesson.name, lesson.text);
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand(PREVIEW_COMMANDS.showPreviewToSide);
  return editor;
}

async function lessonDocument(name: string, text: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const path = folder === undefined ? `/${name}` : vscode.Uri.joinPath(folder, name).path;
  const uri = vscode.Uri.from({ scheme: 'untitled', path });
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open !== undefined) {
    return open;
  }
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.getText() === '') {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), text);
    await vscode.workspace.applyEdit(edit);
  }
  if (document.languageId !== 'tcpflow') {
    document = await vscode.languages.setTextDocumentLanguage(document, 'tcpflow');
  }
  return document;
}

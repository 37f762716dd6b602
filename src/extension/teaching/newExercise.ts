import * as vscode from 'vscode';
import { PREVIEW_COMMANDS } from '../preview/registerPreview';
import { chooseScript, type TeachingScript } from './teachingScripts';

export const NEW_EXERCISE_COMMAND = 'tcpflow.newExercise';

/**
 * Copies an exercise from the extension's `exercises/` into the workspace and opens it with its
 * preview: the student's own file to work in, checked as they type. The save dialog names the
 * file (and asks before replacing one); with no folder open the exercise opens unsaved.
 * Arguments, for links and tests: the exercise's file name, and where to write it.
 */
export async function newExercise(extensionUri: vscode.Uri, name?: unknown, target?: unknown): Promise<vscode.TextEditor | undefined> {
  const exercise = await chooseScript(extensionUri, 'exercises', name, {
    title: vscode.l10n.t('New TCP Flow exercise'),
    placeHolder: vscode.l10n.t('Choose an exercise to copy into your workspace'),
    notFound: (n) => vscode.l10n.t('There is no exercise named {0}.', n),
  });
  if (exercise === undefined) {
    return undefined;
  }
  const document = await exerciseDocument(exercise, target instanceof vscode.Uri ? target : undefined);
  if (document === undefined) {
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand(PREVIEW_COMMANDS.showPreviewToSide);
  return editor;
}

async function exerciseDocument(exercise: TeachingScript, target: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const destination =
    target ??
    (folder &&
      (await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the exercise as'),
        defaultUri: vscode.Uri.joinPath(folder.uri, exercise.name),
        filters: { [vscode.l10n.t('TCP Flow scripts')]: ['tcpflow'] },
      })));
  if (destination === undefined) {
    // No folder to save into: an unsaved copy, which the student can save anywhere.
    return folder ? undefined : vscode.workspace.openTextDocument({ language: 'tcpflow', content: exercise.text });
  }
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(exercise.text));
  return vscode.workspace.openTextDocument(destination);
}

import * as vscode from 'vscode';
import { IMPORT_CAPTURE_COMMAND, importCaptureCommand } from '../capture/importCaptureCommand';
import { NEW_EXERCISE_COMMAND, newExercise } from './newExercise';
import { OPEN_LESSON_COMMAND, openLesson } from './openLesson';

/** The lessons and exercises shipped with the extension, opened by command (and by the walkthrough), and stories imported from captures. */
export function registerTeaching(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_LESSON_COMMAND, (name?: unknown) => openLesson(context.extensionUri, name)),
    vscode.commands.registerCommand(NEW_EXERCISE_COMMAND, (name?: unknown, target?: unknown) => newExercise(context.extensionUri, name, target)),
    vscode.commands.registerCommand(IMPORT_CAPTURE_COMMAND, (resource?: unknown) => importCaptureCommand(resource)),
  );
}

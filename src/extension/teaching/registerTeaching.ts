import * as vscode from 'vscode';
import { NEW_EXERCISE_COMMAND, newExercise } from './newExercise';
import { OPEN_LESSON_COMMAND, openLesson } from './openLesson';

/** The lessons and exercises shipped with the extension, opened by command (and by the walkthrough). */
export function registerTeaching(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_LESSON_COMMAND, (name?: unknown) => openLesson(context.extensionUri, name)),
    vscode.commands.registerCommand(NEW_EXERCISE_COMMAND, (name?: unknown, target?: unknown) => newExercise(context.extensionUri, name, target)),
  );
}

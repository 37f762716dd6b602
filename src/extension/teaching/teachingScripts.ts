import * as vscode from 'vscode';
import { headerSummary, type ScriptHeader } from '../../core/scriptHeader';
import type { Lang } from '../../core/messages';
import { engine } from '../engine';
import { readSettings } from '../language/settings';

/** The folders of scripts the extension ships: lessons and exercises. */
export type TeachingFolder = 'examples' | 'exercises';

/** A lesson or an exercise shipped with the extension. */
export interface TeachingScript {
  /** File name, e.g. `01-three-way-handshake.tcpflow`. */
  readonly name: string;
  readonly text: string;
  readonly header: ScriptHeader;
}

/**
 * The scripts of one of the extension's folders, in file-name order (the names carry the order of
 * the course). Read through `workspace.fs`, so they load in VS Code for the web as well.
 */
export async function readTeachingScripts(extensionUri: vscode.Uri, folder: TeachingFolder): Promise<TeachingScript[]> {
  const dir = vscode.Uri.joinPath(extensionUri, folder);
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const names = entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.tcpflow'))
    .map(([name]) => name)
    .sort();
  const decoder = new TextDecoder('utf-8');
  return Promise.all(
    names.map(async (name) => {
      const text = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)));
      return { name, text, header: engine().readScriptHeader(text) };
    }),
  );
}

/** A quick-pick entry for a script: its title, its file name, and the first sentence of its header. */
export interface ScriptPick extends vscode.QuickPickItem {
  readonly script: TeachingScript;
}

export function scriptPicks(scripts: readonly TeachingScript[], lang: Lang): ScriptPick[] {
  return scripts.map((script) => {
    const summary = headerSummary(script.header, lang);
    return {
      label: script.header.title ?? script.name,
      description: script.name,
      ...(summary !== undefined ? { detail: summary } : {}),
      script,
    };
  });
}

/** Finds a script by file name, with or without `.tcpflow`. */
export function findScript(scripts: readonly TeachingScript[], name: string): TeachingScript | undefined {
  return scripts.find((s) => s.name === name || s.name === `${name}.tcpflow`);
}

/** What the chooser says, in the UI language. */
export interface ChooserText {
  readonly title: string;
  readonly placeHolder: string;
  readonly notFound: (name: string) => string;
}

/**
 * The script a command works on: the one named by its argument (from a link or a test), or the
 * one the user picks from the folder. Undefined when the name is unknown (said in an error
 * message) or the pick is dismissed.
 */
export async function chooseScript(extensionUri: vscode.Uri, folder: TeachingFolder, name: unknown, text: ChooserText): Promise<TeachingScript | undefined> {
  const scripts = await readTeachingScripts(extensionUri, folder);
  if (typeof name === 'string') {
    const named = findScript(scripts, name);
    if (named === undefined) {
      void vscode.window.showErrorMessage(text.notFound(name));
    }
    return named;
  }
  const picked = await vscode.window.showQuickPick(scriptPicks(scripts, readSettings().lang), {
    title: text.title,
    placeHolder: text.placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.script;
}

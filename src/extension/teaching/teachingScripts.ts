import * as vscode from 'vscode';
import { headerSummary, headerTitle, type ScriptHeader } from '../../core/scriptHeader';
import { readStudyNoteHeader } from '../../core/studyNote';
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
  return Promise.all(
    (await readFolder(extensionUri, folder, '.tcpflow')).map(async ({ name, read }) => {
      const text = await read();
      return { name, text, header: engine().readScriptHeader(text) };
    }),
  );
}

/** The files of one of the extension's folders whose names end in `suffix`, in file-name order, each with a way to read it as UTF-8. */
async function readFolder(extensionUri: vscode.Uri, folder: TeachingFolder, suffix: string): Promise<{ name: string; uri: vscode.Uri; read: () => Promise<string> }[]> {
  const dir = vscode.Uri.joinPath(extensionUri, folder);
  const entries = await vscode.workspace.fs.readDirectory(dir);
  const decoder = new TextDecoder('utf-8');
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith(suffix))
    .map(([name]) => name)
    .sort()
    .map((name) => {
      const uri = vscode.Uri.joinPath(dir, name);
      return { name, uri, read: async () => decoder.decode(await vscode.workspace.fs.readFile(uri)) };
    });
}

/**
 * A Markdown study note beside the lessons (`handshakes.ko.md`): read in VS Code's Markdown
 * preview, where its ```tcpflow blocks are drawn, rather than copied into an editor.
 */
export interface StudyNote {
  readonly name: string;
  readonly uri: vscode.Uri;
  readonly title: string | undefined;
  readonly lang: Lang;
}

/** The Markdown notes of one of the extension's folders, in file-name order. */
export async function readStudyNotes(extensionUri: vscode.Uri, folder: TeachingFolder): Promise<StudyNote[]> {
  return Promise.all((await readFolder(extensionUri, folder, '.md')).map(async ({ name, uri, read }) => ({ name, uri, ...readStudyNoteHeader(name, await read()) })));
}

/** A quick-pick entry: a script's title and the first sentence of its header in the UI's language, and its file name; or a note. */
export interface ScriptPick extends vscode.QuickPickItem {
  readonly script: TeachingScript | StudyNote;
}

export function scriptPicks(scripts: readonly TeachingScript[], lang: Lang, notes: readonly StudyNote[] = []): ScriptPick[] {
  const scriptItems = scripts.map((script) => {
    const summary = headerSummary(script.header, lang);
    return {
      label: headerTitle(script.header, lang) ?? script.name,
      description: script.name,
      ...(summary !== undefined ? { detail: summary } : {}),
      script,
    };
  });
  // The note in the UI's language first.
  const ordered = [...notes.filter((n) => n.lang === lang), ...notes.filter((n) => n.lang !== lang)];
  const noteItems = ordered.map((note) => ({
    label: note.title ?? note.name,
    description: note.name,
    detail: note.lang === 'ko' ? vscode.l10n.t('Study note in Korean, with live diagrams: opens in the Markdown preview') : vscode.l10n.t('Study note in English, with live diagrams: opens in the Markdown preview'),
    script: note,
  }));
  return [...scriptItems, ...noteItems];
}

/** Finds a script by file name, with or without `.tcpflow`. */
export function findScript(scripts: readonly TeachingScript[], name: string): TeachingScript | undefined {
  return scripts.find((s) => s.name === name || s.name === `${name}.tcpflow`);
}

export function isStudyNote(item: TeachingScript | StudyNote): item is StudyNote {
  return 'uri' in item;
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
  const chosen = await chooseScriptOrNote(extensionUri, folder, name, text, false);
  return chosen === undefined || isStudyNote(chosen) ? undefined : chosen;
}

/** As chooseScript, with the folder's Markdown notes offered after its scripts. */
export async function chooseScriptOrNote(extensionUri: vscode.Uri, folder: TeachingFolder, name: unknown, text: ChooserText, withNotes = true): Promise<TeachingScript | StudyNote | undefined> {
  const [scripts, notes] = await Promise.all([readTeachingScripts(extensionUri, folder), withNotes ? readStudyNotes(extensionUri, folder) : []]);
  if (typeof name === 'string') {
    const named = findScript(scripts, name) ?? notes.find((n) => n.name === name);
    if (named === undefined) {
      void vscode.window.showErrorMessage(text.notFound(name));
    }
    return named;
  }
  const picked = await vscode.window.showQuickPick(scriptPicks(scripts, readSettings().lang, notes), {
    title: text.title,
    placeHolder: text.placeHolder,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.script;
}

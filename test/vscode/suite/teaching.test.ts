import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, until } from './editorSupport';

/** The preview tabs open in any group. */
function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tcpflow.preview'));
}

async function closeEverything(): Promise<void> {
  await closeAll();
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('teaching: lessons and exercises', () => {
  afterEach(closeEverything);

  it('opens a lesson as a new, unsaved tcpflow script, with its preview beside it', async () => {
    await vscode.extensions.getExtension('tcpflow.tcpflow')?.activate();
    await vscode.commands.executeCommand('tcpflow.openLesson', '01-three-way-handshake.tcpflow');
    const editor = await until(() => vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0], 'the lesson in an editor');
    assert.strictEqual(editor.document.languageId, 'tcpflow');
    assert.strictEqual(editor.document.isUntitled, true);
    // Under the lesson's own name, so the tab, the preview and Save say which lesson it is.
    assert.match(editor.document.uri.path, /\/01-three-way-handshake\.tcpflow$/);
    assert.match(editor.document.getText(), /^title "3-Way Handshake"/);
    await until(() => (previewTabs().length === 1 ? true : undefined), 'the preview tab');
  });

  it('opens a lesson by name without its .tcpflow ending, and nothing for a name that is no lesson', async () => {
    await vscode.commands.executeCommand('tcpflow.openLesson', '17-lost-syn');
    // The editor of the lesson before may still be listed while it closes: wait for this one.
    const editor = await until(
      () => vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'tcpflow' && e.document.getText().startsWith('title "A lost SYN')),
      'the lost-SYN lesson in an editor',
    );
    assert.match(editor.document.getText(), /^title "A lost SYN, retransmitted"/);
    await closeEverything();
    const result = await vscode.commands.executeCommand('tcpflow.openLesson', 'no-such-lesson');
    assert.strictEqual(result, undefined);
    assert.strictEqual(vscode.window.visibleTextEditors.filter((e) => e.document.languageId === 'tcpflow').length, 0);
  });

  it('opens a Markdown study note from the lessons in the Markdown preview, not as a script', async () => {
    const result = await vscode.commands.executeCommand('tcpflow.openLesson', 'handshakes.ko.md');
    assert.strictEqual(result, undefined);
    const tab = await until(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('markdown.preview')),
      'the Markdown preview tab',
    );
    assert.match(tab.label, /handshakes\.ko\.md/);
    assert.strictEqual(vscode.window.visibleTextEditors.filter((e) => e.document.languageId === 'tcpflow').length, 0);
  });

  it('copies an exercise to where the student saves it, opens it with its preview, and the diagnostics point at the task', async () => {
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-exercise-')), 'my-handshake.tcpflow'));
    await vscode.commands.executeCommand('tcpflow.newExercise', '01-complete-the-handshake.tcpflow', target);
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /^title "Exercise: complete the 3-way handshake"/);
    const editor = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()), 'the exercise in an editor');
    assert.strictEqual(editor.document.languageId, 'tcpflow');
    const problems = await until(() => {
      const list = vscode.languages.getDiagnostics(target);
      return list.length > 0 ? list : undefined;
    }, 'the exercise diagnostics');
    assert.ok(problems.some((d) => /client is CLOSED here, not ESTABLISHED/.test(d.message)), problems.map((d) => d.message).join('\n'));
    await until(() => (previewTabs().length === 1 ? true : undefined), 'the preview tab');
  });
});

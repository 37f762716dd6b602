import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, openScript } from './editorSupport';

/** The tokens themselves are tested with VS Code's TextMate engine in test/unit/editor/grammar.test.ts. */
describe('editor: language configuration', () => {
  afterEach(closeAll);

  it('keeps SYN-RECEIVED one word for double-click and word navigation', async () => {
    const editor = await openScript('expect A SYN-RECEIVED\n');
    const word = editor.document.getWordRangeAtPosition(new vscode.Position(0, 12));
    assert.strictEqual(editor.document.getText(word), 'SYN-RECEIVED');
  });
});

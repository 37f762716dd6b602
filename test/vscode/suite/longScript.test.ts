import * as assert from 'assert';
import * as vscode from 'vscode';
import { SLICED_FROM_CHARS } from '../../../src/extension/analysisCache';
import { bulkTransferStory } from '../../../bench/story';
import { closeAll, codeOf, diagnosticsOf, hoverText, openScript, until } from './editorSupport';

/**
 * A script long enough to be analysed and kept in the analysis worker, through the installed
 * extension: every feature answers from there, and edits reach it without the whole text being sent again.
 */
describe('editor: a long script, analysed in the analysis worker', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('shows its problems, hovers, follows edits, outlines and formats it', async () => {
    const text = bulkTransferStory(3000);
    assert.ok(text.length >= SLICED_FROM_CHARS, `${text.length} characters: long enough for the worker`);
    const editor = await openScript(text, 'long');
    const uri = editor.document.uri;
    const lastEvent = new vscode.Position(editor.document.lineCount - 3, 0);
    const hovered = await until(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, lastEvent);
      return hovers.length > 0 ? hoverText(hovers) : undefined;
    }, 'a hover from the first analysis');
    assert.match(hovered, /TIME-WAIT|CLOSED|LAST-ACK/);

    // Two edits, one after the other: the worker must apply both to its copy of the text.
    await editor.edit((e) => e.insert(new vscode.Position(6, 0), 'A -> B: BOGUS\n'));
    await editor.edit((e) => e.insert(new vscode.Position(6, 0), '# a comment\n'));
    // The problem is on line 7 only once both edits are in the worker's text (the first alone puts it on 6).
    await diagnosticsOf(uri, (l) => l.some((d) => codeOf(d) === 'unknown-flag' && d.range.start.line === 7), 'the problem typed in, after both edits', 30_000);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols.length >= 2, 'the header and the phases');
    await editor.edit((e) => e.replace(new vscode.Range(1, 0, 1, 4), 'HOST'));
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true });
    assert.ok(
      edits.some((e) => e.range.start.line === 1 && e.newText.startsWith('host')),
      `the keyword written in capitals is put in lower case: ${JSON.stringify(edits.slice(0, 3))}`,
    );
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, OPENED, openScript } from './editorSupport';

const STORY = [
  'title "Open and close"',
  'host A "Client"',
  'host B "Server"',
  '',
  OPENED.trimEnd(),
  '',
  'A -> B: ACK len=10',
  '',
  'A: close',
  'A -> B: FIN,ACK',
  'B -> A: ACK',
  'B: close',
  'B -> A: FIN,ACK',
  'A -> B: ACK',
  'A: timeout',
  '',
].join('\n');

describe('editor: outline, folding, formatting, inlay hints', () => {
  afterEach(closeAll);

  it('outlines the header and the phases, with each event and its states inside', async () => {
    const editor = await openScript(STORY);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Header', 'Connection setup', 'Data transfer', 'Connection close']);
    assert.deepStrictEqual(symbols[0]!.children.map((c) => c.name), ['Open and close', 'A', 'B']);
    const setup = symbols[1]!;
    assert.deepStrictEqual(setup.children.map((c) => c.name), OPENED.trimEnd().split('\n'));
    assert.strictEqual(setup.children[1]!.detail, 'A: SYN-SENT · B: SYN-RECEIVED');
  });

  it('lists the first thousand events of a long phase, then one entry that leads to the rest', async () => {
    const data = Array.from({ length: 1200 }, (_, i) => `A -> B: ACK seq=${101 + 10 * i} ack=301 len=10`);
    const editor = await openScript(['host A', 'host B', OPENED.trimEnd(), ...data, ''].join('\n'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const transfer = symbols.find((s) => s.name === 'Data transfer')!;
    assert.strictEqual(transfer.children.length, 1001);
    const rest = transfer.children[1000]!;
    assert.strictEqual(rest.name, '200 more events');
    assert.strictEqual(rest.selectionRange.start.line, editor.document.getText().split('\n').indexOf(data[1000]!));
  });

  it('folds each phase', async () => {
    const editor = await openScript(STORY);
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.deepStrictEqual(ranges.map((r) => [r.start, r.end]), [[4, 7], [11, 17]]);
  });

  it('formats to the canonical form, and a formatted document needs no edits', async () => {
    const editor = await openScript('b:LISTEN\n\n\n  a->b : syn+ack   seq=1 # x\n');
    const options = { insertSpaces: true, tabSize: 2 };
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(editor.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    assert.strictEqual(editor.document.getText(), 'b: listen\n\na -> b: SYN,ACK seq=1 # x\n');
    const again = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', editor.document.uri, options);
    assert.deepStrictEqual(again ?? [], []);
  });

  it("shows both hosts' states after each event line, and none when tcpflow.inlayHints.enabled is off", async () => {
    const editor = await openScript(OPENED);
    const uri = editor.document.uri;
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, all);
    assert.deepStrictEqual(
      hints.map((h) => [h.position.line, h.position.character, h.label]),
      [
        [0, 9, 'A: CLOSED · B: LISTEN'],
        [1, 19, 'A: SYN-SENT · B: SYN-RECEIVED'],
        [2, 31, 'A: ESTABLISHED · B: SYN-RECEIVED'],
        [3, 27, 'A: ESTABLISHED · B: ESTABLISHED'],
      ],
    );
    const config = vscode.workspace.getConfiguration('tcpflow');
    await config.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.deepStrictEqual(await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, all), []);
    } finally {
      await config.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, diagnosticsOf, OPENED, openScript } from './editorSupport';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
}

describe('editor: quick fixes', () => {
  afterEach(closeAll);

  const CASES = [
    { name: 'did-you-mean', text: OPENED.replace('B: listen', 'B: lisen'), code: 'unknown-action', title: "Replace with 'listen'" },
    { name: 'add the missing listen', text: OPENED.replace('B: listen\n', ''), code: 'unacceptable-segment', title: 'Add `B: listen` before this line' },
    { name: 'set seq', text: `${OPENED}A -> B: ACK seq=999 ack=301\n`, code: 'seq-mismatch', title: 'Change to 101' },
    { name: 'insert the owed reply', text: 'B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\n', code: 'missing-reply', title: 'Insert `A -> B: ACK`' },
    { name: 'make expect match', text: `${OPENED}expect A SYN-SENT\n`, code: 'expect-mismatch', title: 'Expect ESTABLISHED' },
  ];

  for (const { name, text, code, title } of CASES) {
    it(`${name}: the fix is offered for the diagnostic, and applying it clears the problems`, async () => {
      const editor = await openScript(text);
      const uri = editor.document.uri;
      const list = await diagnosticsOf(uri, (l) => l.some((d) => codeOf(d) === code), code);
      const diagnostic = list.find((d) => codeOf(d) === code)!;
      const action = (await quickFixes(uri, diagnostic.range)).find((a) => a.title === title);
      assert.ok(action, `no quick fix '${title}'`);
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      await diagnosticsOf(uri, (l) => l.length === 0, 'a clean script after the fix');
    });
  }

  it('marks the preferred fix', async () => {
    const editor = await openScript(`${OPENED}A -> B: ACK seq=999 ack=301\n`);
    const [d] = await diagnosticsOf(editor.document.uri, (l) => l.length > 0, 'seq-mismatch');
    const actions = await quickFixes(editor.document.uri, d!.range);
    assert.strictEqual(actions.find((a) => a.title === 'Change to 101')?.isPreferred, true);
  });
});

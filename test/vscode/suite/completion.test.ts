import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, OPENED, openScript } from './editorSupport';

async function completeAt(uri: vscode.Uri, line: number, character: number, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character), trigger);
  // Snippets come from their own provider; the language's items are the rest, in our order.
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet).sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('editor: completion', () => {
  afterEach(closeAll);

  it('offers first what the sender owes after `A -> B:`', async () => {
    const editor = await openScript('B: listen\nA -> B: SYN seq=100\nB -> A: \n');
    const items = await completeAt(editor.document.uri, 2, 8, ' ');
    assert.deepStrictEqual(items.slice(0, 2).map(label), ['SYN,ACK', 'FIN,ACK']);
    assert.strictEqual(items[0]!.detail, 'B owes this now');
  });

  it('offers the actions allowed now after `A:`, and states with the current one first after `expect A `', async () => {
    const editor = await openScript(`${OPENED}B: \nexpect A \n`);
    assert.deepStrictEqual((await completeAt(editor.document.uri, 4, 3, ' ')).map(label), ['close', 'abort', 'timeout', 'reboot']);
    const states = await completeAt(editor.document.uri, 5, 9, ' ');
    assert.strictEqual(label(states[0]!), 'ESTABLISHED');
    assert.strictEqual(states.length, 11);
  });

  it('offers the segments in flight after `deliver `', async () => {
    const editor = await openScript('B: listen\nA ~> B: SYN seq=100 as first\ndeliver \n');
    assert.deepStrictEqual((await completeAt(editor.document.uri, 2, 8, ' ')).map(label), ['first']);
  });

  it('offers the snippets of the language', async () => {
    const editor = await openScript('\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(label);
    for (const prefix of ['handshake', 'close4', 'simopen', 'simclose', 'abort', 'exercise']) {
      assert.ok(snippets.includes(prefix), `${prefix} in ${snippets.join(', ')}`);
    }
  });
});

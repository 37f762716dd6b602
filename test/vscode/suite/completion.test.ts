import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, OPENED, openScript } from './editorSupport';

async function completeAt(uri: vscode.Uri, line: number, character: number, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character), trigger);
  // The snippets are tested apart; the language's other items come in our order.
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet).sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('editor: completion', () => {
  afterEach(closeAll);

  it('offers first what the sender owes after `A -> B:`, and last what it may not send', async () => {
    const editor = await openScript('B: listen\nA -> B: SYN seq=100\nB -> A: \n');
    const items = await completeAt(editor.document.uri, 2, 8, ' ');
    assert.deepStrictEqual(items.slice(0, 2).map(label), ['SYN,ACK', 'RST']);
    assert.strictEqual(items[0]!.detail, 'B owes this now');
    // What B may not send comes after what it may, in VS Code's order too, saying why.
    const finAck = items.find((i) => label(i) === 'FIN,ACK')!;
    assert.strictEqual(items.indexOf(finAck), 2);
    assert.strictEqual(finAck.detail, 'B may not send this in SYN-RECEIVED');
    // …and says so in the list itself, beside its label.
    assert.deepStrictEqual(finAck.label, { label: 'FIN,ACK', description: 'B may not send this in SYN-RECEIVED' });
    assert.match((finAck.documentation as vscode.MarkdownString).value, /^B has not yet sent its SYN,ACK/);
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

  it('offers the snippets of the language at the start of a line, as snippets with the script\'s hosts, and not in the middle of one', async () => {
    const editor = await openScript('\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(0, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(label);
    for (const prefix of ['handshake', '3way', 'close4', '4way', 'simopen', 'simclose', 'abort', 'rst', 'exercise']) {
      assert.ok(snippets.includes(prefix), `${prefix} in ${snippets.join(', ')}`);
    }
    const story = await openScript('host alice\nhost bob\n  3w\nbob -> alice: \n');
    const atStart = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', story.document.uri, new vscode.Position(2, 4));
    const handshake = atStart.items.find((i) => label(i) === '3way')!;
    assert.ok(handshake.insertText instanceof vscode.SnippetString);
    assert.match(handshake.insertText.value, /^\$\{2:bob\}: listen\n\$\{1:alice\} -> \$\{2:bob\}: SYN seq=100/);
    assert.deepStrictEqual((handshake.range as vscode.Range).start, new vscode.Position(2, 2));
    const midLine = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', story.document.uri, new vscode.Position(3, 14), ' ');
    assert.deepStrictEqual(midLine.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(label), []);
  });
});

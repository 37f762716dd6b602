import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, hoverText, OPENED, openScript } from './editorSupport';

async function hoverAt(uri: vscode.Uri, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character));
  return hoverText(hovers);
}

describe('editor: hover', () => {
  afterEach(closeAll);

  it('explains an event with its state changes and RFC sections, a flag, a field with its value, and a state name', async () => {
    const editor = await openScript(`${OPENED}expect A ESTABLISHED\n`);
    const uri = editor.document.uri;
    const event = await hoverAt(uri, 2, 2);
    assert.match(event, /SYN-SENT → ESTABLISHED/);
    assert.match(event, /RFC 9293 §3\.10\.7\.3/);
    assert.match(await hoverAt(uri, 2, 9), /Control bit \*\*SYN\*\*/);
    assert.match(await hoverAt(uri, 3, 26), /SEG\.ACK.*\*\*301\*\*/);
    assert.match(await hoverAt(uri, 3, 13), /A's SND\.NXT before this segment: 101/);
    assert.match(await hoverAt(uri, 4, 12), /State \*\*ESTABLISHED\*\*[\s\S]*✓ A is ESTABLISHED here/);
  });

  it('shows a host with its state at that line', async () => {
    const editor = await openScript(OPENED);
    assert.match(await hoverAt(editor.document.uri, 1, 0), /A: \*\*CLOSED\*\* → \*\*SYN-SENT\*\* on this line/);
  });
});

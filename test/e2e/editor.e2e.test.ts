import * as assert from 'assert';
import { closeAllEditors, editorLines, eventually, goToLine, lineTokens, openFile, runCommand, useWorkbench } from './support';

// What the VSIX contributes without any code running: the grammar's colours and the language
// configuration's comment token, seen as a user sees them.

describe('editor basics in VS Code (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: ['broken.tcpflow'] });

  afterEach(async () => {
    await closeAllEditors(vscode.page);
  });

  it('colours the keyword, the host and the state of an expect line differently', async () => {
    const page = vscode.page;
    await openFile(page, 'broken.tcpflow');
    const tokens = await lineTokens(page, 6);
    assert.strictEqual(tokens.map((t) => t.text).join(''), 'expect A SYN-SENT');
    const classOf = (text: string): string => {
      const token = tokens.find((t) => t.text === text);
      assert.ok(token, `no token "${text}" in ${JSON.stringify(tokens)}`);
      return token.className;
    };
    const plain = classOf(' ');
    assert.notStrictEqual(classOf('expect'), plain);
    assert.notStrictEqual(classOf('SYN-SENT'), plain);
    assert.notStrictEqual(classOf('expect'), classOf('SYN-SENT'));
  });

  it('colours a comment as a comment', async () => {
    const page = vscode.page;
    await openFile(page, 'broken.tcpflow');
    // Monaco may cut a long token into several spans; all of them carry the comment's class.
    const comment = await lineTokens(page, 1);
    const commentClasses = new Set(comment.map((t) => t.className));
    assert.strictEqual(commentClasses.size, 1, JSON.stringify(comment));
    const code = await lineTokens(page, 2);
    assert.ok(!code.some((t) => commentClasses.has(t.className)), JSON.stringify({ comment, code }));
  });

  it('toggles a line comment with # (Ctrl+/)', async () => {
    const page = vscode.page;
    await openFile(page, 'broken.tcpflow');
    await goToLine(page, 2);
    // The lines as shown end with the states the inlay hints add, once they come.
    await page.keyboard.press('Control+/');
    await eventually(() => editorLines(page), (lines) => /^# B: listen(?!\S)/.test(lines[1] ?? ''), 'line 2 commented out');
    await page.keyboard.press('Control+/');
    await eventually(() => editorLines(page), (lines) => /^B: listen(?!\S)/.test(lines[1] ?? ''), 'line 2 back');
    await runCommand(page, 'File: Revert File');
  });
});

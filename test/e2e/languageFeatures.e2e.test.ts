import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { editorLines, eventually, goToLine, openFile, problemCounts, typeText, useWorkbench, waitForProblemCounts, waitForSquiggles } from './support';

// The language features as a student meets them in a real VS Code with the installed VSIX:
// a typo is underlined, the states show after each event, typing after `A -> B: ` opens a
// completion list led by what A may send in its state, a snippet typed where a line starts is
// written with the script's hosts, and Ctrl+. applies the fix.

/** A handshake, then one typo in a state name: the only problem in the script (line 5). */
const SCRIPT = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', 'expect A ESTABLISED', ''].join('\n');

describe('language features in VS Code (installed VSIX)', () => {
  // A file per test, so that no test sees another's edits.
  const vscode = useWorkbench({ fixtures: [], files: { 'typo.tcpflow': SCRIPT, 'complete.tcpflow': SCRIPT, 'fix.tcpflow': SCRIPT, 'snippet.tcpflow': 'host alice\nhost bob\n\n' } });

  afterEach(async () => {
    await revertAndClose(vscode.page);
  });

  it('underlines the typo, counts it, and shows both states after each event line', async () => {
    const page = vscode.page;
    await openFile(page, 'typo.tcpflow');
    await waitForSquiggles(page, [5]);
    await waitForProblemCounts(page, { errors: 1, warnings: 0 });
    // The inlay hints follow the text of each event line.
    const lines = await eventually(() => editorLines(page), (l) => l[1]?.includes('·') === true, 'inlay hints on the event lines');
    // A hint's padding is drawn as a space of its own kind.
    const spaced = (line: string | undefined): string => (line ?? '').replace(/\s+/g, ' ');
    assert.strictEqual(spaced(lines[0]), 'B: listen A: CLOSED · B: LISTEN');
    assert.strictEqual(spaced(lines[1]), 'A -> B: SYN seq=100 A: SYN-SENT · B: SYN-RECEIVED');
  });

  it('opens a completion list led by what the sender may send, and inserts the choice', async () => {
    const page = vscode.page;
    await openFile(page, 'complete.tcpflow');
    await goToLine(page, 6);
    await typeText(page, 'A -> B: ');
    const labels = await suggestions(page);
    // After the handshake A is ESTABLISHED: a plain ACK first, then data, then a close.
    assert.deepStrictEqual(labels.slice(0, 3), ['ACK', 'PSH,ACK', 'FIN,ACK']);
    await page.keyboard.press('Enter');
    await eventually(() => editorLines(page), (l) => /^A -> B: ACK(?![\w,])/.test(l[5] ?? ''), 'the chosen flags on line 6');
  });

  it('offers a snippet where a line starts and writes it with the script\'s hosts', async () => {
    const page = vscode.page;
    await openFile(page, 'snippet.tcpflow');
    await goToLine(page, 3);
    await typeText(page, '3way');
    assert.deepStrictEqual(await suggestions(page), ['3way']);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await eventually(
      () => editorLines(page),
      (l) => (l[2] ?? '').startsWith('bob: listen') && (l[3] ?? '').startsWith('alice -> bob: SYN seq=100'),
      'the handshake written with alice and bob',
    );
  });

  it('applies the quick fix with Ctrl+. and the problem goes away', async () => {
    const page = vscode.page;
    await openFile(page, 'fix.tcpflow');
    await waitForSquiggles(page, [5]);
    // Files closed by earlier tests may still count in the status bar: compare with the count now.
    const before = await problemCounts(page);
    await goToLine(page, 5, 20);
    await page.keyboard.press('Control+Period');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: "Replace with 'ESTABLISHED'" }).first();
    await fix.waitFor();
    // The preferred (and only) fix is focused: Enter applies it, as a user would.
    assert.match((await fix.getAttribute('class')) ?? '', /\bfocused\b/);
    await page.keyboard.press('Enter');
    await eventually(() => editorLines(page), (l) => /^expect A ESTABLISHED(?!\w)/.test(l[4] ?? ''), 'the fixed line 5');
    await waitForSquiggles(page, []);
    await waitForProblemCounts(page, { errors: before.errors - 1, warnings: before.warnings });
  });
});

/** The labels of the open suggest widget, top to bottom. */
async function suggestions(page: Page): Promise<string[]> {
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor();
  return rows.evaluateAll((elements) =>
    elements
      .sort((a, b) => (a as HTMLElement).offsetTop - (b as HTMLElement).offsetTop)
      .map((row) => (row.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' ').trim()),
  );
}

/** Closes the active editor without saving (View: Revert and Close Editor), so each test starts from the file on disk. */
async function revertAndClose(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor();
  await page.keyboard.type('View: Revert and Close Editor');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Revert and Close Editor' }).first().waitFor();
  await page.keyboard.press('Enter');
  await eventually(() => page.locator('.tabs-container .tab').count(), (tabs) => tabs === 0, 'the editor to close');
}

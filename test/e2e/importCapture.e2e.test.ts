import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { closeAllEditors, editorLines, eventually, runCommand, useWorkbench, webviewFrame } from './support';

// Importing a packet capture as a student would: from the explorer's context menu on a .pcap, and
// from the command palette with the file dialog; a capture with several connections asks which one.
// Each time the story opens as a new script with its diagram drawn beside it.

async function arrowCount(page: Page): Promise<number> {
  return webviewFrame(page).locator('.canvas .messageText').count();
}

async function contextMenuImport(page: Page, file: string): Promise<void> {
  await runCommand(page, 'View: Show Explorer');
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
  await row.waitFor();
  await row.click({ button: 'right' });
  await page.locator('.monaco-menu .action-item', { hasText: 'Import Capture…' }).first().click();
}

describe('import a capture (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: ['ipv4-lo.pcap', 'ipv4-three.pcap'] });

  it('from the explorer: a capture of one connection opens as a story with its diagram', async () => {
    const page = vscode.page;
    await contextMenuImport(page, 'ipv4-lo.pcap');
    const lines = await eventually(() => editorLines(page), (l) => l.some((t) => t.startsWith('host client "127.0.0.1:')), 'the story in an editor');
    assert.ok(lines[0]!.startsWith('title "127.0.0.1:'), lines[0]);
    assert.ok(lines[1]!.startsWith('# Imported from a pcap capture: connection 1 of 1, 10 packets.'), lines[1]);
    await eventually(() => arrowCount(page), (n) => n === 10, "the story's ten arrows in the preview", 60_000);
    const texts = await webviewFrame(page).locator('.canvas .messageText').allTextContents();
    assert.ok(texts[0]!.startsWith('SYN'), texts[0]);
    assert.ok(texts.some((t) => t.startsWith('FIN,PSH,ACK')), texts.join(' | '));
  });

  it('from the command palette: the file dialog, then a quick pick of the connections', async () => {
    const page = vscode.page;
    await closeAllEditors(page);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('>TCP Flow: Import Capture');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'TCP Flow: Import Capture…' }).first().click();
    // code-server's own file dialog is a quick input that opens on the workspace folder: type the file and accept.
    const workspace = vscode.workbench.workspace;
    await eventually(() => input.inputValue(), (value) => value.startsWith(workspace), 'the file dialog on the workspace folder');
    await input.fill(`${workspace}/ipv4-three.pcap`);
    await page.keyboard.press('Enter');
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    const labels = await eventually(() => rows.allTextContents(), (l) => l.length === 3 && l.every((t) => t.includes('10 packets')), 'the three connections to pick from');
    assert.ok(labels[1]!.startsWith('2. 127.0.0.1:'), labels[1]);
    await rows.nth(1).click();
    const lines = await eventually(() => editorLines(page), (l) => l[1]?.includes('connection 2 of 3') === true, 'the second connection\'s story');
    // The inlay hint after the action (the states it leads to) is drawn on the same line.
    assert.ok(lines.some((t) => t.startsWith('server: listen')), lines.join('\n'));
    await eventually(() => arrowCount(page), (n) => n === 10, "the second story's arrows", 60_000);
  });
});

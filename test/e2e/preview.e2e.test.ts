import * as assert from 'assert';
import * as fs from 'fs';
import type { Page } from 'playwright-core';
import { cursorLineIn, eventually, goToLine, openFile, runCommand, typeText, useWorkbench, webviewFrame } from './support';

// The live preview as a user meets it: opened beside the editor, drawing the story's arrows and
// states, following edits however fast they come, leading from the drawing to the script and back,
// stepping through the story, surviving a window reload, and showing hostile text as text.

const STORY = [
  'title "Handshake"',
  'host A "Client"',
  'host B "Server"',
  'B: listen',
  'A -> B: SYN seq=100',
  'B -> A: SYN,ACK seq=300 ack=101',
  'A -> B: ACK seq=101 ack=301',
  '',
].join('\n');

/** The arrows the story draws, in order, with the 1-based line each comes from. */
const ARROWS = [
  { text: 'SYN seq=100', line: 5 },
  { text: 'SYN,ACK seq=300 ack=101', line: 6 },
  { text: 'ACK seq=101 ack=301', line: 7 },
];

const HOSTILE = [
  'host A "<img src=x onerror=alert(1)>"',
  'host B "%%{init: {}}%%"',
  'B: listen',
  'A -> B: SYN seq=100 "<img src=x onerror=alert(1)>"',
  'B -> A: SYN,ACK seq=300 ack=101 "%%{init: {}}%%"',
  'note "<script>alert(2)</script>"',
  '',
].join('\n');

const PREVIEW_TAB = '.tabs-container .tab[data-resource-name="story.tcpflow"]';

function preview(page: Page) {
  return webviewFrame(page);
}

/** The arrows' texts, without the ⚠ or ✗ the diagram puts before a step with a warning or an error. */
async function arrowTexts(page: Page): Promise<string[]> {
  const texts = await preview(page).locator('.canvas .messageText').allTextContents();
  return texts.map((text) => text.replace(/^[⚠✗] /, ''));
}

async function noteTexts(page: Page): Promise<string[]> {
  return preview(page).locator('.canvas .noteText').allTextContents();
}

async function waitForArrows(page: Page, accept: (texts: string[]) => boolean, what: string, timeoutMs = 30_000): Promise<string[]> {
  return eventually(() => arrowTexts(page), accept, what, timeoutMs);
}

/** Gives the keyboard back to the script's editor (the preview took it with a click). */
async function focusScript(page: Page): Promise<void> {
  await runCommand(page, 'View: Focus First Editor Group');
}

describe('live preview in VS Code (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: [], files: { 'story.tcpflow': STORY, 'hostile.tcpflow': HOSTILE } });
  const dialogs: string[] = [];

  it('opens beside the editor and draws the arrows and each host state', async () => {
    const page = vscode.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openFile(page, 'story.tcpflow');
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    // The first preview of a run loads Mermaid cold.
    await waitForArrows(page, (texts) => texts.length === ARROWS.length, 'the three arrows of the handshake', 60_000);
    assert.deepStrictEqual(await arrowTexts(page), ARROWS.map((a) => a.text));
    // Mermaid's files came through the page's modulepreload links, all asked for before the first of
    // them arrived (an import found by reading a module can only be asked for after it arrives): the
    // page's policy let them in.
    const mermaidFiles = await preview(page)
      .locator('body')
      .evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.name.includes('/mermaid/'))
          .map((r) => ({ file: r.name.split('/').pop() ?? '', asked: r.startTime, arrived: (r as PerformanceResourceTiming).responseEnd })),
      );
    const firstArrival = Math.min(...mermaidFiles.map((f) => f.arrived));
    assert.ok(mermaidFiles.length > 2, JSON.stringify(mermaidFiles));
    assert.deepStrictEqual(mermaidFiles.filter((f) => f.asked > firstArrival).map((f) => f.file), [], `asked for after the first arrived at ${firstArrival.toFixed(0)} ms`);
    // The first drawing is the update the page's HTML carried: the page did not wait for the host to
    // answer its "ready", and the host, told so, sent nothing more for the same text.
    const carried = await preview(page).locator('#tcpflow-preview-data').evaluate((meta) => JSON.parse(meta.getAttribute('data-update') ?? 'null') as { seq: number; uri: string } | null);
    assert.ok(carried !== null && carried.uri.endsWith('/story.tcpflow'), `the page's HTML carries the first update: ${JSON.stringify(carried)}`);
    await page.waitForTimeout(500);
    assert.strictEqual(await preview(page).locator('body').getAttribute('data-rendered-seq'), String(carried.seq));
    // A row with both hosts' states holds one line of text per host's end.
    const notes = await preview(page).locator('.canvas .noteText tspan').allTextContents();
    for (const state of ['CLOSED', 'listen → LISTEN', 'SYN-SENT', 'SYN-RECEIVED', 'ESTABLISHED']) {
      assert.ok(notes.includes(state), `a note "${state}" among ${JSON.stringify(notes)}`);
    }
    // Beside: the script and its preview sit in two different editor groups.
    const groups = await page.evaluate((tabSelector) => {
      const group = (tab: Element | null): Element | null => tab?.closest('.editor-group-container') ?? null;
      const tabs = [...document.querySelectorAll(tabSelector)];
      const previewTab = [...document.querySelectorAll('.tabs-container .tab')].find((t) => t.getAttribute('aria-label')?.includes('Preview story.tcpflow'));
      return { editor: tabs.length, separate: tabs.length === 1 && group(tabs[0]!) !== null && group(previewTab ?? null) !== null && group(tabs[0]!) !== group(previewTab ?? null) };
    }, PREVIEW_TAB);
    assert.deepStrictEqual(groups, { editor: 1, separate: true });
  });

  it('selects the line of an arrow clicked in the drawing, and marks the arrow of the cursor line', async () => {
    const page = vscode.page;
    await preview(page).locator('.canvas .messageText').nth(1).click();
    await eventually(() => cursorLineIn(page, 'story.tcpflow'), (line) => line === ARROWS[1]!.line, `the cursor on line ${ARROWS[1]!.line}`);
    // The click may leave the keyboard in the preview; Go to Line needs the editor.
    await focusScript(page);
    await goToLine(page, ARROWS[2]!.line);
    await eventually(
      () => preview(page).locator('.canvas .messageText.tcpflow-cursor').allTextContents(),
      (marked) => marked.length === 1 && marked[0] === ARROWS[2]!.text,
      'the third arrow marked as the cursor line',
    );
  });

  it('steps through the story with each host state after the step', async () => {
    const page = vscode.page;
    const frame = preview(page);
    await frame.locator('button[aria-label="First step"]').click();
    await frame.locator('button[aria-label="Next step"]').click();
    assert.strictEqual(await frame.locator('.step-status').textContent(), 'Step 2 of 4');
    assert.deepStrictEqual(await frame.locator('.step-states .host-state').allTextContents(), ['ClientSYN-SENT', 'ServerSYN-RECEIVED']);
    const shown = await frame.locator('.canvas .messageText:not(.tcpflow-hidden)').allTextContents();
    assert.deepStrictEqual(shown, [ARROWS[0]!.text], 'only the first arrow is drawn at step 2');
    await frame.locator('button[aria-label="Whole story"]').click();
    assert.strictEqual(await frame.locator('.canvas .tcpflow-hidden').count(), 0);
  });

  it('follows an edit, keeps the last good drawing while the script has an error, and leads to the error', async () => {
    const page = vscode.page;
    await focusScript(page);
    await goToLine(page, 8);
    await typeText(page, 'A -> B: FIN,ACK seq=101 ack=301');
    await waitForArrows(page, (texts) => texts.length === 4 && texts[3] === 'FIN,ACK seq=101 ack=301', 'the new FIN arrow');
    // A misspelt flag: the drawing stays, the banner names the error and its line.
    await typeText(page, '\nB -> A: AKC');
    await page.keyboard.press('Escape');
    const banner = preview(page).locator('.problem-banner');
    await banner.locator('summary').waitFor({ timeout: 30_000 });
    assert.match((await banner.locator('summary').textContent()) ?? '', /^Errors: \d+ — showing the last diagram without errors$/);
    assert.match((await banner.locator('.problem').first().textContent()) ?? '', /^Line 9: .*AKC/);
    assert.strictEqual((await arrowTexts(page)).length, 4, 'the last good drawing is still shown');
    await goToLine(page, 1);
    await banner.locator('.problem').first().click();
    await eventually(() => cursorLineIn(page, 'story.tcpflow'), (line) => line === 9, 'the cursor on the erring line 9');
    // The click may leave the keyboard in the preview: the shortcut below is for the editor.
    await focusScript(page);
    await page.keyboard.press('Control+Shift+K');
    await banner.waitFor({ state: 'hidden', timeout: 30_000 });
  });

  it('ends on the right drawing after 200 edits typed as fast as the keyboard goes', async function () {
    // Typing 200 keys through the browser takes most of a minute on a busy machine.
    this.timeout(120_000);
    const page = vscode.page;
    await focusScript(page);
    await goToLine(page, 4);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('note A "');
    const label = Array.from({ length: 200 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    await page.keyboard.type(label);
    await page.keyboard.type('"');
    await eventually(() => noteTexts(page), (notes) => notes.includes(label), 'the note with all 200 typed letters', 30_000);
    // Nothing older arrives afterwards: the drawing stays on the last text.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const notes = await noteTexts(page);
    assert.ok(notes.includes(label), `the whole label is still drawn, not an older one: ${JSON.stringify(notes)}`);
  });

  it('comes back after a window reload, still showing the same file', async () => {
    const page = vscode.page;
    await focusScript(page);
    await runCommand(page, 'File: Save');
    const frame = preview(page);
    await frame.locator('button[aria-label="Zoom in"]').click();
    await frame.locator('button[aria-label="Next step"]').click();
    await frame.locator('button[aria-label="Next step"]').click();
    const zoom = await frame.locator('.zoom-level').textContent();
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await waitForArrows(page, (texts) => texts.length === 4, 'the restored preview with its four arrows');
    assert.ok(await page.locator('.tabs-container .tab[aria-label*="Preview story.tcpflow"]').count());
    assert.strictEqual(await frame.locator('.step-status').textContent(), 'Step 2 of 5', 'the step it was on');
    assert.strictEqual(await frame.locator('.zoom-level').textContent(), zoom, 'the zoom it had');
    await frame.locator('button[aria-label="Whole story"]').click();
  });

  it('shows markup and Mermaid directives in labels as inert text', async () => {
    const page = vscode.page;
    await focusScript(page);
    await openFile(page, 'hostile.tcpflow');
    // The preview follows the active script.
    await waitForArrows(page, (texts) => texts.some((t) => t.includes('<img')), 'the hostile labels drawn');
    const texts = await arrowTexts(page);
    assert.deepStrictEqual(texts, ['SYN seq=100 “<img src=x onerror=alert(1)>”', 'SYN,ACK seq=300 ack=101 “%%{init: {}}%%”']);
    const frame = preview(page);
    const participants = [...new Set(await frame.locator('.canvas text.actor-box').allTextContents())].sort();
    assert.deepStrictEqual(participants, ['%%{init: {}}%%', '<img src=x onerror=alert(1)>']);
    assert.ok((await noteTexts(page)).includes('<script>alert(2)</script>'));
    assert.strictEqual(await frame.locator('img').count(), 0, 'no <img> element');
    // VS Code puts its own API script (#_vscodeApiScript) in every webview; the only other is the preview bundle.
    const scripts = await frame.locator('script:not(#_vscodeApiScript)').evaluateAll((found) => found.map((s) => ({ src: s.getAttribute('src') ?? '', inline: (s.textContent ?? '') !== '' })));
    assert.strictEqual(scripts.length, 1, JSON.stringify(scripts));
    assert.ok(scripts[0]!.src.endsWith('/dist/webview/preview.js') && !scripts[0]!.inline, JSON.stringify(scripts));
    assert.strictEqual(await frame.locator('.canvas [onerror], .canvas foreignObject').count(), 0);
    assert.deepStrictEqual(dialogs, [], 'nothing executed');
    assert.deepStrictEqual(vscode.workbench.blockedRequests, [], 'nothing was fetched beyond the machine');
  });
  it('saves the drawing as SVG and PNG where the user says, and copies the Mermaid source', async () => {
    const page = vscode.page;
    await focusScript(page);
    await openFile(page, 'story.tcpflow');
    await waitForArrows(page, (texts) => texts.length === 4, 'the story drawn again');
    const frame = preview(page);
    for (const [button, file] of [
      ['Export as SVG…', 'story.svg'],
      ['Export as PNG…', 'story.png'],
    ] as const) {
      await frame.locator(`button[aria-label="${button}"]`).click();
      // VS Code's own save dialog, proposing the script's name with the new extension beside it.
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await eventually(() => input.inputValue(), (value) => value.endsWith(`/${file}`), `the save dialog proposing ${file}`);
      await page.keyboard.press('Enter');
      await eventually(() => fs.existsSync(vscode.workbench.file(file)) && fs.statSync(vscode.workbench.file(file)).size > 0, (saved) => saved, `${file} written`);
    }
    const svg = fs.readFileSync(vscode.workbench.file('story.svg'), 'utf8');
    assert.match(svg, /^<\?xml[^>]*\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes('SYN,ACK seq=300 ack=101'), 'the arrows are in the file');
    assert.ok(!/tcpflow-(cursor|current|hidden)|data-tcpflow-element/.test(svg), 'none of the preview\'s own marks');
    // The file's size is its drawing's: width and height in the viewBox's proportions (Mermaid's own height leaves out the title's row).
    const root = /<svg [^>]*>/.exec(svg)![0];
    const attribute = (name: string): number => Number(new RegExp(` ${name}="([^"]+)"`).exec(root)?.[1]);
    const [, , boxWidth, boxHeight] = (/ viewBox="([^"]+)"/.exec(root)?.[1] ?? '').split(/\s+/).map(Number);
    assert.deepStrictEqual([attribute('width'), attribute('height')], [boxWidth, boxHeight], root);
    const png = fs.readFileSync(vscode.workbench.file('story.png'));
    assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    // Twice the drawing's size, in its proportions.
    assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Math.round(boxWidth! * 2), Math.round(boxHeight! * 2)], 'the PNG is the drawing at twice its size');
    await vscode.workbench.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await frame.locator('button[aria-label="Copy Mermaid source"]').click();
    const copied = await eventually(() => page.evaluate(() => navigator.clipboard.readText()), (text) => text.startsWith('sequenceDiagram'), 'the Mermaid source on the clipboard');
    assert.ok(copied.includes('h0->>h1: SYN seq=100'), copied);
  });

  it('redraws in the colours of a dark theme when the theme changes', async () => {
    const page = vscode.page;
    const frame = preview(page);
    const before = await frame.locator('.canvas svg').getAttribute('id');
    const fill = (): Promise<string> => frame.locator('.canvas rect.actor').first().evaluate((rect) => getComputedStyle(rect).fill);
    const lightFill = await fill();
    // The theme picker is a second quick pick opened by the command, so runCommand cannot wait for it to close.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('>Preferences: Color Theme');
    await page.locator('.quick-input-widget .monaco-list-row[aria-label^="Preferences: Color Theme"]').first().click();
    await eventually(() => input.inputValue(), (value) => value === '', 'the theme picker');
    await input.fill('Dark Modern');
    await page.locator('.quick-input-widget .monaco-list-row[aria-label*="Dark Modern"]').first().click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await eventually(() => frame.locator('body').getAttribute('class'), (classes) => classes?.includes('vscode-dark') ?? false, 'the webview in the dark theme');
    await eventually(() => frame.locator('.canvas svg').getAttribute('id'), (id) => id !== before, 'a new drawing');
    assert.notStrictEqual(await fill(), lightFill);
  });

  it('stays on its file when locked, and follows the active script again when unlocked', async () => {
    const page = vscode.page;
    const frame = preview(page);
    await frame.locator('button[aria-label="Lock preview to this file"]').click();
    await page.locator('.tabs-container .tab[aria-label*="[Preview] story.tcpflow"]').waitFor();
    await focusScript(page);
    await openFile(page, 'hostile.tcpflow');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.ok((await arrowTexts(page)).includes('SYN,ACK seq=300 ack=101'), 'still the story');
    await frame.locator('button[aria-label="Unlock preview (follow the active editor)"]').click();
    await waitForArrows(page, (texts) => texts.some((t) => t.includes('<img')), 'the preview following hostile.tcpflow');
  });
});

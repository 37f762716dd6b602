import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { cursorLineIn, eventually, firstDrawingTime, openFile, previewGeometry, repoRoot, resultsDir, runCommand, useWorkbench, webviewFrame } from './support';

// The preview's second view, the timeline, as a student uses it: switched on in the toolbar, framed
// like the sequence diagram, leading from an arrow to its line, stepping through the story with
// later slots hidden, exporting its own SVG, and coming back after a window reload in that view.

const FIGURE_13 = 'figure13.tcpflow';
const SOURCE = fs.readFileSync(path.join(repoRoot, 'examples', '12-figure-13-simultaneous-close.tcpflow'), 'utf8');
/** The 1-based line of the first FIN (`A ~> B: FIN,ACK … as a_fin`). */
const FIN_LINE = SOURCE.split('\n').findIndex((line) => line.startsWith('A ~> B: FIN')) + 1;

function preview(page: Page) {
  return webviewFrame(page);
}

async function timelineShown(page: Page): Promise<boolean> {
  return (await preview(page).locator('.canvas svg.tcpflow-timeline').count()) === 1;
}

describe('the preview’s timeline view in VS Code (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: [], files: { [FIGURE_13]: SOURCE } });

  before(async () => {
    await vscode.page.setViewportSize({ width: 1600, height: 1000 });
    // The workbench lays itself out again on the resize: the preview's pane must have its new width before a test measures it.
    await vscode.page.waitForFunction(() => (document.querySelector('.monaco-workbench') as HTMLElement | null)?.offsetWidth === 1600, undefined, { timeout: 30_000 });
  });

  it('switches from the sequence diagram to the timeline in the toolbar, framed to the pane and readable', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    assert.ok(FIN_LINE > 0, 'the lesson has its first FIN');
    await openFile(page, FIGURE_13);
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await firstDrawingTime(page);
    const frame = preview(page);
    assert.strictEqual(await frame.locator('button.view-style[aria-pressed="true"]').textContent(), 'Sequence diagram');
    await frame.locator('button.view-style', { hasText: 'Timeline' }).click();
    await eventually(() => timelineShown(page), (shown) => shown, 'the timeline in the preview');
    assert.strictEqual(await frame.locator('button.view-style[aria-pressed="true"]').textContent(), 'Timeline');
    // One segment group per arrow line of the script (`->`, `~>`, `-x`).
    const arrows = SOURCE.split('\n').filter((line) => /^\s*\w+\s*(->|~>|-x)\s*\w+\s*:/.test(line)).length;
    assert.strictEqual(await frame.locator('.canvas g.segment').count(), arrows, 'every segment drawn');
    const geometry = await previewGeometry(page);
    assert.ok(geometry.text.left >= geometry.pane.left - 0.5 && geometry.text.right <= geometry.pane.right + 0.5, `all text within the pane's width: ${JSON.stringify(geometry)}`);
    assert.ok(geometry.labelPx >= 11 - 0.01, `labels at ${geometry.labelPx.toFixed(1)} px`);
    // The theme's colours reach the drawing: a segment is not drawn in the light default's blue on a light editor by accident.
    const stroke = await frame.locator('.canvas g.segment line').first().evaluate((line) => getComputedStyle(line).stroke);
    assert.notStrictEqual(stroke, 'none');
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'timeline.png') });
  });

  it('selects the line of a timeline arrow clicked, and marks the arrow of the cursor line', async () => {
    const page = vscode.page;
    const frame = preview(page);
    await frame.locator(`.canvas g.segment[data-line="${FIN_LINE}"] text`).first().click();
    await eventually(() => cursorLineIn(page, FIGURE_13), (line) => line === FIN_LINE, `the cursor on line ${FIN_LINE}`);
    await eventually(() => frame.locator(`.canvas g.segment[data-line="${FIN_LINE}"].tcpflow-cursor`).count(), (n) => n >= 1, 'the clicked arrow marked as the cursor line');
  });

  it('steps through the story with later time slots hidden', async () => {
    const frame = preview(vscode.page);
    await frame.locator('button[aria-label="First step"]').click();
    await frame.locator('button[aria-label="Next step"]').click();
    assert.match((await frame.locator('.step-status').textContent()) ?? '', /^Step 2 of \d+$/);
    const slots = await frame.locator('.canvas [data-slot]').evaluateAll((nodes) =>
      nodes.map((n) => ({ slot: Number(n.getAttribute('data-slot')), hidden: n.classList.contains('tcpflow-hidden') && getComputedStyle(n).visibility === 'hidden' })),
    );
    const shown = slots.filter((s) => !s.hidden).map((s) => s.slot);
    const hidden = slots.filter((s) => s.hidden).map((s) => s.slot);
    assert.ok(shown.length > 0 && hidden.length > 0, 'some slots shown, later ones hidden');
    assert.ok(Math.max(...shown) < Math.min(...hidden), `every hidden slot comes after every shown one (${Math.max(...shown)} < ${Math.min(...hidden)})`);
    await frame.locator('button[aria-label="Whole story"]').click();
    assert.strictEqual(await frame.locator('.canvas .tcpflow-hidden').count(), 0);
  });

  it('exports the timeline’s own SVG', async () => {
    const page = vscode.page;
    await preview(page).locator('button[aria-label="Export as SVG…"]').click();
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await eventually(() => input.inputValue(), (value) => value.endsWith('/figure13.svg'), 'the save dialog proposing figure13.svg');
    await page.keyboard.press('Enter');
    const file = vscode.workbench.file('figure13.svg');
    await eventually(() => fs.existsSync(file) && fs.statSync(file).size > 0, (saved) => saved, 'figure13.svg written');
    const svg = fs.readFileSync(file, 'utf8');
    assert.match(svg, /<svg [^>]*class="tcpflow-timeline"[^>]*viewBox="/);
    assert.ok(svg.includes('prefers-color-scheme: dark'), 'standalone colours, light and dark');
    assert.ok(!/tcpflow-(cursor|current|hidden)/.test(svg), 'none of the preview’s own marks');
    assert.ok(svg.includes(`data-line="${FIN_LINE}"`));
  });

  it('comes back after a window reload in the timeline view', async function () {
    this.timeout(180_000);
    const page = vscode.page;
    await runCommand(page, 'View: Focus First Editor Group');
    await runCommand(page, 'Developer: Reload Window');
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
    await eventually(() => timelineShown(page), (shown) => shown, 'the restored preview showing the timeline', 90_000);
    assert.strictEqual(await preview(page).locator('button.view-style[aria-pressed="true"]').textContent(), 'Timeline');
    // And back: the sequence diagram again, with Mermaid's arrows.
    await preview(page).locator('button.view-style', { hasText: 'Sequence diagram' }).click();
    await eventually(() => preview(page).locator('.canvas .messageText').count(), (n) => n > 0, 'the sequence diagram again');
  });
});

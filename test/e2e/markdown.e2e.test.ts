import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { eventually, goToLine, openFile, repoRoot, resultsDir, runCommand, typeText, useWorkbench, webviewFrame } from './support';

// ```tcpflow blocks in VS Code's own Markdown preview: the Markdown lesson drawn as diagrams with a
// block's problems under them, following edits, settings and the colour theme, labels inert.

const LESSON = fs.readFileSync(path.join(repoRoot, 'examples', 'handshakes.md'), 'utf8');

const PLAIN = ['# Notes', '', 'Nothing to draw here.', ''].join('\n');

const STORY = ['# Story', '', '```tcpflow', 'B: listen', 'A -> B: SYN seq=100', '```', ''].join('\n');

const HOSTILE = [
  '# Hostile',
  '',
  '```tcpflow "><img src=x onerror=alert(9)>',
  'title "</pre><script>alert(1)</script>"',
  'host A "<img src=x onerror=alert(2)>"',
  'host B "%%{init: {}}%%"',
  'B: listen',
  'A -> B: SYN seq=100 "</div><iframe src=javascript:alert(3)>"',
  'note "<script>alert(4)</script>"',
  'A -> B: <svg/onload=alert(5)>',
  '```',
  '',
].join('\n');

/**
 * The texts of the arrows each drawn block shows, block by block, without the ⚠ or ✗ of a step
 * with a problem: Mermaid's message texts, or the timeline's segment labels.
 */
async function drawnArrows(page: Page): Promise<string[][]> {
  return webviewFrame(page)
    .locator('.tcpflow-block .tcpflow-diagram')
    .evaluateAll((diagrams) =>
      diagrams.map((d) =>
        [...d.querySelectorAll('svg .messageText, svg.tcpflow-timeline g.segment text')].map((t) => (t.textContent ?? '').replace(/^[⚠✗] /, '')),
      ),
    );
}

/** The fill of the first state box of each phase in the first block, and the page's background. */
async function phaseFills(page: Page): Promise<{ fills: Record<string, string>; background: string }> {
  return webviewFrame(page)
    .locator('body')
    .evaluate((body) => {
      const fills: Record<string, string> = {};
      for (const rect of body.querySelectorAll<SVGRectElement>('.tcpflow-block:first-of-type .tcpflow-diagram rect.tcpflow-phase')) {
        const phase = [...rect.classList].find((c) => c.startsWith('tcpflow-phase-'))!.slice('tcpflow-phase-'.length);
        fills[phase] ??= getComputedStyle(rect).fill;
      }
      return { fills, background: getComputedStyle(body).backgroundColor };
    });
}

/** State boxes of the handshake's three phases, each fill its own and apart from the background. */
async function assertPhaseColours(page: Page, theme: string): Promise<void> {
  const { fills, background } = await eventually(() => phaseFills(page), (f) => Object.keys(f.fills).length === 3, `${theme}: state boxes of three phases`);
  assert.deepStrictEqual(Object.keys(fills).sort(), ['closed', 'opening', 'synchronized'], theme);
  const values = [...Object.values(fills), background];
  assert.strictEqual(new Set(values).size, values.length, `${theme}: ${JSON.stringify(fills)} on ${background}`);
}

/** The extension's Markdown preview scripts the page fetched, by file name, in order. */
async function markdownScripts(page: Page): Promise<string[]> {
  return webviewFrame(page)
    .locator('body')
    .evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name.split('?')[0]!)
        .filter((name) => name.includes('/dist/markdown/'))
        .map((name) => name.slice(name.lastIndexOf('/') + 1)),
    );
}

async function waitForDrawings(page: Page, accept: (arrows: string[][]) => boolean, what: string, timeoutMs = 30_000): Promise<string[][]> {
  return eventually(() => drawnArrows(page), accept, what, timeoutMs);
}

describe('```tcpflow blocks in the Markdown preview (installed VSIX)', () => {
  const vscode = useWorkbench({ fixtures: [], files: { 'handshakes.md': LESSON, 'story.md': STORY, 'hostile.md': HOSTILE, 'plain.md': PLAIN } });
  const dialogs: string[] = [];

  /** Settings as a user edits them: the workspace's settings.json, typed into its editor and saved. */
  async function setWorkspaceSettings(settings: Record<string, unknown>): Promise<void> {
    const page = vscode.page;
    await runCommand(page, 'Preferences: Open Workspace Settings (JSON)');
    await page.locator('.tabs-container .tab.active[data-resource-name="settings.json"]').waitFor();
    // The tab shows before its editor takes the keyboard: click into the text first, and type again
    // if the text still does not show what was typed (auto-save keeps the tab from staying dirty).
    const text = page.locator('.editor-group-container.active .monaco-editor .view-lines');
    const typed = Object.keys(settings);
    for (let attempt = 0; ; attempt++) {
      await text.click();
      await page.keyboard.press('Control+A');
      // Inserted as one text, so the editor adds no closing brackets or quotes of its own.
      await page.keyboard.insertText(JSON.stringify(settings, null, 2));
      try {
        await eventually(async () => (await text.textContent()) ?? '', (shown) => typed.every((key) => shown.includes(key)), 'the settings typed in', 5_000);
        break;
      } catch (error) {
        if (attempt === 2) {
          throw error;
        }
      }
    }
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    await runCommand(page, 'View: Close Editor');
  }

  it("draws every block of the Markdown lesson, with a block's problems listed under its diagram", async () => {
    const page = vscode.page;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openFile(page, 'handshakes.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const arrows = await waitForDrawings(page, (a) => a.length === 6 && a.every((block) => block.length > 0), 'the six diagrams of the lesson', 60_000);
    assert.deepStrictEqual(arrows[0], ['SYN seq=100', 'SYN,ACK seq=300 ack=101', 'ACK seq=101 ack=301']);
    assert.strictEqual(arrows[2]!.length, 7, 'the 4-way close: three to open, four to close');
    const frame = webviewFrame(page);
    // The 4-way close asks for the timeline: drawn by the extension, not by Mermaid.
    assert.strictEqual(await frame.locator('.tcpflow-block').nth(2).getAttribute('data-tcpflow-view'), 'timeline');
    assert.strictEqual(await frame.locator('.tcpflow-block').nth(2).locator('svg.tcpflow-timeline').count(), 1);
    // The handshake is clean; the SYN,ACK with the wrong number lists its problems, errors first.
    assert.strictEqual(await frame.locator('.tcpflow-block').nth(0).locator('.tcpflow-problem').count(), 0);
    // State boxes in their phase's colours, as in the extension's own preview.
    await assertPhaseColours(page, 'light');
    // The two ISN blocks send a segment that waits in the network: its lifeline starts there, under its own box.
    const networks = await frame.locator('.tcpflow-diagram svg').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const head = svg.querySelector('rect.tcpflow-network-box');
        const line = svg.querySelector('line.actor-line[name="net"]');
        return head === null || line === null ? 'none' : `${svg.querySelectorAll('rect.actor-top[name="net"]').length} header boxes, starts ${Number(line.getAttribute('y1')) - Number(head.getAttribute('y')) - Number(head.getAttribute('height'))} under its box`;
      }),
    );
    assert.deepStrictEqual(networks, ['none', 'none', 'none', 'none', '0 header boxes, starts 0 under its box', '0 header boxes, starts 0 under its box']);
    const problems = await frame.locator('.tcpflow-block').nth(1).locator('.tcpflow-problem').allTextContents();
    assert.match(problems[0] ?? '', /^Line 7 error .*\[ack-mismatch\]$/);
    assert.ok(problems.some((p) => /^Line 8 error .*\[illegal-send\]$/.test(p)), JSON.stringify(problems));
    assert.strictEqual(await frame.locator('.tcpflow-block').nth(1).locator('.tcpflow-problems-title').textContent(), 'Problems in this story: 4');
    // The preview sits beside the Markdown source, in another editor group.
    assert.ok(await page.locator('.tabs-container .tab[aria-label*="Preview handshakes.md"]').count());
    // The picture in the README: the lesson beside its preview, scrolled to the block with problems.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await runCommand(page, 'View: Focus First Editor Group');
    await goToLine(page, LESSON.split('\n').indexOf('title "A SYN,ACK that acknowledges the wrong number"') + 1);
    await frame.locator('.tcpflow-block').nth(1).evaluate((block) => block.scrollIntoView({ block: 'start' }));
    await page.mouse.move(1, 400);
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'markdown-preview.png') });
    await frame.locator('.tcpflow-block').nth(2).evaluate((block) => block.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(resultsDir, 'markdown-preview-timeline.png') });
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    assert.deepStrictEqual(vscode.workbench.blockedRequests, [], 'nothing was fetched beyond the machine');
    // Mermaid came in the drawing script, which the page loaded because it has blocks to draw.
    assert.deepStrictEqual(await markdownScripts(page), ['preview.js', 'draw.js']);
  });

  it("follows the preview's colour theme: light, then dark", async () => {
    const page = vscode.page;
    const frame = webviewFrame(page);
    const themes = (): Promise<string[]> => frame.locator('.tcpflow-diagram[data-tcpflow-drawn]').evaluateAll((ds) => ds.map((d) => (d as HTMLElement).dataset.tcpflowDrawn!.split('\n')[0]!));
    const actorFill = (): Promise<string> => frame.locator('.tcpflow-diagram rect.actor').first().evaluate((r) => getComputedStyle(r).fill);
    const segmentStroke = (): Promise<string> => frame.locator('svg.tcpflow-timeline g.segment line').first().evaluate((l) => getComputedStyle(l).stroke);
    assert.ok(await frame.locator('body.vscode-light').count(), 'the workbench starts light');
    assert.deepStrictEqual([...new Set(await themes())], ['light']);
    assert.match(await actorFill(), /^rgb\(2\d\d, 2\d\d, 2\d\d\)$/, "Mermaid's light theme: actors on a light fill");
    assert.strictEqual(await segmentStroke(), 'rgb(5, 80, 174)', "the timeline's segments in the light theme's blue");
    await setWorkspaceSettings({ 'workbench.colorTheme': 'Default Dark Modern' });
    await frame.locator('body.vscode-dark').waitFor({ state: 'attached', timeout: 30_000 });
    await eventually(themes, (t) => t.length === 5 && t.every((theme) => theme === 'dark'), 'the five sequence diagrams drawn again in the dark theme');
    assert.strictEqual(await segmentStroke(), 'rgb(121, 192, 255)', "the timeline's segments in the dark theme's blue");
    const fill = await actorFill();
    assert.doesNotMatch(fill, /^rgb\(2\d\d, 2\d\d, 2\d\d\)$/, `a dark actor fill, not ${fill}`);
    await assertPhaseColours(page, 'dark');
  });

  it('draws again as the Markdown is edited', async () => {
    const page = vscode.page;
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, 'story.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    await waitForDrawings(page, (a) => a.length === 1 && a[0]!.length === 1, 'the one arrow of story.md');
    await runCommand(page, 'View: Focus First Editor Group');
    await goToLine(page, 5);
    await page.keyboard.press('End');
    await typeText(page, '\nB -> A: SYN,ACK seq=300 ack=101');
    await waitForDrawings(page, (a) => a.length === 1 && a[0]!.length === 2 && a[0]![1] === 'SYN,ACK seq=300 ack=101', 'the new SYN,ACK arrow');
  });

  it('draws again when a tcpflow setting changes', async () => {
    const page = vscode.page;
    await setWorkspaceSettings({ 'workbench.colorTheme': 'Default Dark Modern', 'tcpflow.diagram.showSequenceNumbers': false });
    await waitForDrawings(page, (a) => a.length === 1 && a[0]!.join(' ') === 'SYN SYN,ACK', 'the arrows without sequence numbers');
  });

  it('shows markup and Mermaid directives in labels and in the info string as inert text', async () => {
    const page = vscode.page;
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, 'hostile.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const arrows = await waitForDrawings(page, (a) => a.length === 1 && a[0]!.length > 0, 'the hostile story drawn');
    assert.ok(arrows[0]!.some((t) => t.includes('<iframe')), JSON.stringify(arrows));
    const frame = webviewFrame(page);
    const participants = [...new Set(await frame.locator('.tcpflow-diagram text.actor-box').allTextContents())].sort();
    assert.deepStrictEqual(participants, ['%%{init: {}}%%', '<img src=x onerror=alert(2)>']);
    assert.ok((await frame.locator('.tcpflow-diagram .noteText').allTextContents()).includes('<script>alert(4)</script>'));
    assert.strictEqual(await frame.locator('.tcpflow-block img, .tcpflow-block iframe, .tcpflow-block script, .tcpflow-block [onerror], .tcpflow-block foreignObject').count(), 0);
    assert.match((await frame.locator('.tcpflow-problem').allTextContents()).join('\n'), /is not a view/);
    assert.deepStrictEqual(dialogs, [], 'nothing executed');
  });

  it('loads no drawing script (nor Mermaid in it) for a Markdown page with no tcpflow block, until one is typed', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, 'plain.md');
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const frame = webviewFrame(page);
    await frame.locator('h1', { hasText: 'Notes' }).waitFor({ timeout: 60_000 });
    await eventually(() => markdownScripts(page), (scripts) => scripts.includes('preview.js'), 'the small script every Markdown page runs');
    await page.waitForTimeout(1_000);
    assert.deepStrictEqual(await markdownScripts(page), ['preview.js'], 'nothing more for a page with nothing to draw');
    // A block typed into the page: then the drawing script comes, and draws it.
    await runCommand(page, 'View: Focus First Editor Group');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(['', '```tcpflow', 'B: listen', 'A -> B: SYN seq=100', '```', ''].join('\n'));
    // (An earlier test turned the sequence numbers off.)
    await waitForDrawings(page, (a) => a.length === 1 && a[0]!.length === 1 && a[0]![0]!.startsWith('SYN'), 'the typed block drawn', 60_000);
    assert.deepStrictEqual(await markdownScripts(page), ['preview.js', 'draw.js']);
    await runCommand(page, 'File: Revert File');
  });
});

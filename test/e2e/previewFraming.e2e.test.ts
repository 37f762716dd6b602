import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { bulkTransferStory } from '../../bench/story';
import {
  cursorLineIn,
  cursorStepBox,
  drawingAfter,
  drawingCost,
  eventually,
  firstDrawingTime,
  goToLine,
  longestTaskWhileTyping,
  openFile,
  previewGeometry,
  repoRoot,
  resultsDir,
  runCommand,
  useWorkbench,
  waitForQuiet,
  webviewFrame,
  type PreviewGeometry,
} from './support';

// The preview as a student reads it, measured in the real workbench: the first drawing framed in
// the pane (all its text within the pane's width, labels readable), the cursor's step brought into
// view, stepping that moves the editor but keeps the keyboard, and typing that the drawing never
// gets in the way of.

const LESSON = 'lesson.tcpflow';
const FIGURE_13 = 'figure13.tcpflow';
const FIGURE_7 = 'figure7.tcpflow';
const LONG = 'long.tcpflow';
const FIFTY = 'fifty.tcpflow';
const example = (name: string): string => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
const LONG_STORY = bulkTransferStory(300);
/** About fifty lines: the size of a lesson a student writes. */
const FIFTY_LINE_STORY = bulkTransferStory(46);

/** The README's picture: a handshake and a first byte of data, the script beside its drawing. */
const README_STORY_FILE = 'handshake.tcpflow';
const README_STORY = [
  'title "The 3-way handshake"',
  '# Three segments make sure both sides can send and receive,',
  '# and that each knows the other\'s initial sequence number.',
  'host client "Client"',
  'host server "Server"',
  '',
  'server: listen',
  'client -> server: SYN seq=100',
  'server -> client: SYN,ACK seq=300 ack=101',
  'client -> server: ACK seq=101 ack=301',
  'expect client ESTABLISHED, server ESTABLISHED',
  '',
  'client -> server: ACK seq=101 ack=301 len=5 "hello"',
  'server -> client: ACK seq=301 ack=106',
  '',
].join('\n');

/** Typed at the end of the long story (after its close: a note), at a quick typist's pace. */
const TYPED = 'note "both sides are closed now';
const KEY_INTERVAL_MS = 90;
const READABLE_PX = 11;

async function focusScript(page: Page): Promise<void> {
  await runCommand(page, 'View: Focus First Editor Group');
}

/** Opens a script in the first group; the preview beside follows it (drawing it afresh unless it shows it already). */
async function showInPreview(page: Page, name: string): Promise<void> {
  if ((await page.locator('iframe.webview.ready').count()) === 0) {
    await openFile(page, name);
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await firstDrawingTime(page);
    return;
  }
  await focusScript(page);
  const shown = await webviewFrame(page)
    .locator('.viewport')
    .getAttribute('aria-label', { timeout: 2_000 })
    .catch(() => null);
  const before = Date.now();
  await openFile(page, name);
  if (!shown?.endsWith(` ${name}`)) {
    await drawingAfter(page, before, 60_000);
  }
}

function assertFramed(geometry: PreviewGeometry, what: string): void {
  const { pane, text, stateBoxes } = geometry;
  assert.ok(text.left >= pane.left - 0.5 && text.right <= pane.right + 0.5, `${what}: all text within the pane's width (${JSON.stringify(geometry)})`);
  if (stateBoxes !== undefined) {
    assert.ok(stateBoxes.left >= pane.left - 0.5 && stateBoxes.right <= pane.right + 0.5, `${what}: every state box within the pane's width (${JSON.stringify(geometry)})`);
  }
  assert.ok(text.top >= pane.top - 0.5 && text.top < pane.bottom, `${what}: the drawing starts in view (${JSON.stringify(geometry)})`);
  assert.ok(geometry.labelPx >= READABLE_PX - 0.01, `${what}: arrow labels at ${geometry.labelPx.toFixed(1)} px, at least ${READABLE_PX}`);
  const { svg } = geometry;
  const gaps = { left: svg.left - pane.left, right: pane.right - svg.right };
  assert.ok(Math.abs(gaps.left - gaps.right) < 2, `${what}: centred in the pane (gaps ${JSON.stringify(gaps)})`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: path.join(resultsDir, name) });
}

describe('preview framing, following and typing in VS Code (installed VSIX)', () => {
  const vscode = useWorkbench({
    fixtures: [],
    files: {
      [LESSON]: example('01-three-way-handshake.tcpflow'),
      [FIGURE_13]: example('12-figure-13-simultaneous-close.tcpflow'),
      [LONG]: LONG_STORY,
      [FIFTY]: FIFTY_LINE_STORY,
      [README_STORY_FILE]: README_STORY,
    },
  });

  before(async () => {
    // The window the preview's problems were found in: 1600×1000, the preview beside the editor.
    await vscode.page.setViewportSize({ width: 1600, height: 1000 });
    // The workbench lays itself out again on the resize: the preview's pane must have its new width before a test measures it.
    await vscode.page.waitForFunction(() => (document.querySelector('.monaco-workbench') as HTMLElement | null)?.offsetWidth === 1600, undefined, { timeout: 30_000 });
  });

  it('frames the first drawing of a short lesson in the pane: its width, centred, readable', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    await openFile(page, LESSON);
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await firstDrawingTime(page);
    assertFramed(await previewGeometry(page), 'lesson 01');
    await screenshot(page, 'preview-lesson.png');
    // The README's picture of the editor with its preview, taken here so it shows what the extension
    // draws today (TCPFLOW_UPDATE_SCREENSHOTS=1 writes it into media/).
    if (process.env.TCPFLOW_UPDATE_SCREENSHOTS === '1') {
      await showInPreview(page, README_STORY_FILE);
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
      await waitForQuiet(page);
      assertFramed(await previewGeometry(page), 'the README story');
      await page.mouse.move(1, 999); // no tooltip in the picture
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(repoRoot, 'media', 'preview-screenshot.png') });
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    }
  });

  it('frames Figure 13 and a 300-event story the same way; a story taller than the pane scrolls', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    await showInPreview(page, FIGURE_13);
    assertFramed(await previewGeometry(page), 'Figure 13');
    await screenshot(page, 'preview-figure13.png');
    await showInPreview(page, LONG);
    const long = await previewGeometry(page);
    assertFramed(long, 'the 300-event story');
    assert.ok(long.scrollHeight > long.clientHeight * 5, `the long story scrolls (${long.scrollHeight} in ${long.clientHeight})`);
    const overflow = await webviewFrame(page).locator('.viewport').evaluate((viewport) => getComputedStyle(viewport).overflowY);
    assert.strictEqual(overflow, 'auto', 'the pane scrolls with scrollbars');
  });

  it('brings the cursor’s step into view after Go to Line', async () => {
    const page = vscode.page;
    await showInPreview(page, LONG);
    const lines = LONG_STORY.split('\n');
    const target = lines.length - 8; // an arrow near the end, thousands of pixels down
    await focusScript(page);
    await goToLine(page, target);
    const box = await eventually(
      async () => ({ step: await cursorStepBox(page), pane: (await previewGeometry(page)).pane }),
      ({ step, pane }) => step !== undefined && step.top >= pane.top && step.bottom <= pane.bottom,
      `the step of line ${target} inside the preview's pane`,
    );
    assert.ok(box.step !== undefined);
    await screenshot(page, 'preview-follow.png');
  });

  it('steps with the preview’s keys: the editor selects each step’s line, the keyboard stays in the preview', async () => {
    const page = vscode.page;
    await showInPreview(page, LONG);
    const frame = webviewFrame(page);
    await frame.locator('button[aria-label="First step"]').click();
    await eventually(() => cursorLineIn(page, LONG), (line) => line === 4, 'the editor on step 1’s line (B: listen)');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.strictEqual(await frame.locator('.step-status').textContent(), 'Step 3 of 300', 'the keys still reach the preview');
    await eventually(() => cursorLineIn(page, LONG), (line) => line === 6, 'the editor on step 3’s line (SYN+ACK)');
    const focusInWebview = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME');
    assert.ok(focusInWebview, 'the preview kept the keyboard');
    await page.keyboard.press('Escape');
  });

  it('keeps the zoom the user chose, about the pointer, across an edit', async () => {
    const page = vscode.page;
    const frame = webviewFrame(page);
    await showInPreview(page, FIGURE_13);
    const viewport = frame.locator('.viewport');
    const box = (await viewport.boundingBox())!;
    const text = frame.locator('.canvas .messageText').nth(2);
    const before = (await text.boundingBox())!;
    const pointer = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    await page.mouse.move(pointer.x, pointer.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    const after = (await text.boundingBox())!;
    assert.ok(after.width > before.width * 1.2, 'zoomed in');
    assert.ok(Math.abs(after.x + after.width / 2 - pointer.x) < 3 && Math.abs(after.y + after.height / 2 - pointer.y) < 3, `the label under the pointer stays under it (${JSON.stringify({ before, after, pointer })})`);
    const zoom = await frame.locator('.zoom-level').textContent();
    const scroll = await viewport.evaluate((v) => ({ left: v.scrollLeft, top: v.scrollTop }));
    assert.ok(box.width > 0);
    // An edit that redraws: the zoom and the scroll stay.
    const edited = Date.now();
    await focusScript(page);
    await goToLine(page, 1);
    // Inside the title's string, after `title "`: the lesson's line ends with its Korean title as a comment.
    await page.keyboard.press('Home');
    for (let i = 0; i < 'title "'.length; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.type('(edited) ');
    await drawingAfter(page, edited);
    assert.strictEqual(await frame.locator('.zoom-level').textContent(), zoom);
    assert.deepStrictEqual(await viewport.evaluate((v) => ({ left: v.scrollLeft, top: v.scrollTop })), scroll);
    await runCommand(page, 'File: Revert File');
  });

  it('updates a 50-line story’s drawing within 500 ms of a keystroke (plus the drawing’s own cost where it is over 100 ms)', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    await showInPreview(page, FIFTY);
    await focusScript(page);
    await goToLine(page, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const delays: number[] = [];
    const costs: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.waitForTimeout(1200);
      const pressed = Date.now();
      await page.keyboard.type(String(i));
      delays.push((await drawingAfter(page, pressed)) - pressed);
      costs.push((await drawingCost(page)) ?? NaN);
    }
    delays.sort((a, b) => a - b);
    const median = delays[2]!;
    console.log(`      keystroke → updated diagram, 50-line story: median ${median.toFixed(0)} ms (${delays.map((d) => d.toFixed(0)).join(', ')}; drawing itself ${costs.map((c) => c.toFixed(0)).join(', ')} ms)`);
    // The goal is 500 ms where the drawing itself takes ~100 ms; where the machine is so busy that the
    // drawing alone takes longer, the wait for a pause (one drawing's cost) and the drawing are allowed on top.
    const cost = [...costs].sort((a, b) => a - b)[2]!;
    const bound = Math.max(500, 300 + 3 * cost);
    assert.ok(median <= bound, `median ${median.toFixed(0)} ms, bound ${bound.toFixed(0)} ms (runs: ${delays.map((d) => d.toFixed(0)).join(', ')}; drawing ${cost.toFixed(0)} ms)`);
    await runCommand(page, 'File: Revert File');
  });

  it('runs no task over 100 ms in the preview while typing at the end of a 300-event story', async function () {
    this.timeout(180_000);
    const page = vscode.page;
    const end = LONG_STORY.split('\n').length;
    // For reference: the same typing with no preview open, which is what the workbench itself costs.
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, LONG);
    await goToLine(page, end);
    await waitForQuiet(page);
    const alone = await longestTaskWhileTyping(page, TYPED, KEY_INTERVAL_MS);
    await runCommand(page, 'File: Revert File');
    await showInPreview(page, LONG);
    await focusScript(page);
    await goToLine(page, end);
    // The preview is open and drawn: typing starts once the drawing has been laid out and painted.
    await waitForQuiet(page);
    const typedAt = Date.now();
    const typing = await longestTaskWhileTyping(page, TYPED, KEY_INTERVAL_MS);
    console.log(
      `      longest main-thread task typing ${TYPED.length} keys at the end of a 300-event story: ${typing.longest.toFixed(0)} ms with the preview open (${typing.over100} over 100 ms), ${alone.longest.toFixed(0)} ms without it`,
    );
    // Once typing pauses the drawing catches up, with the typed note.
    await drawingAfter(page, typedAt, 60_000);
    await eventually(() => webviewFrame(page).locator('.canvas .noteText').allTextContents(), (notes) => notes.includes('both sides are closed now'), 'the typed note drawn once typing pauses');
    // The preview's own tasks (run in its frame) must stay under 100 ms; the workbench's own are what they are without it too.
    const previewTasks = typing.tasks.filter((t) => t.where !== 'self').map((t) => t.duration);
    const longestPreview = Math.max(0, ...previewTasks);
    console.log(`      longest task in the preview's frame while typing: ${longestPreview.toFixed(0)} ms`);
    assert.ok(longestPreview <= 100, `a ${longestPreview.toFixed(0)} ms task in the preview while typing: ${JSON.stringify(typing.tasks)}`);
    await runCommand(page, 'File: Revert File');
  });
});

describe('preview framing of Figure 7 in a pane of about 500 px (installed VSIX)', () => {
  // The workbench's own 1400×900 window, the preview beside the editor and the side bar: the pane
  // the e2e screenshots of the picture are taken in.
  const vscode = useWorkbench({ fixtures: [], files: { [FIGURE_7]: example('06-figure-07-simultaneous-open.tcpflow') } });

  it('has every text and every state box of Figure 7 inside the pane after the first drawing, its labels readable', async function () {
    this.timeout(120_000);
    const page = vscode.page;
    await openFile(page, FIGURE_7);
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await firstDrawingTime(page);
    const geometry = await previewGeometry(page);
    const { pane, text, stateBoxes } = geometry;
    const width = pane.right - pane.left;
    console.log(`      Figure 7 in a ${width.toFixed(0)} px pane at ${geometry.zoom}: drawing ${geometry.svg.left.toFixed(1)}–${geometry.svg.right.toFixed(1)}, text ${text.left.toFixed(1)}–${text.right.toFixed(1)}, state boxes ${stateBoxes?.left.toFixed(1)}–${stateBoxes?.right.toFixed(1)}, pane ${pane.left.toFixed(1)}–${pane.right.toFixed(1)}`);
    assert.ok(width >= 480 && width <= 540, `a pane of about 500 px (${width})`);
    assert.ok(stateBoxes !== undefined, 'state boxes drawn');
    for (const [what, box] of [['text', text], ['state boxes', stateBoxes]] as const) {
      assert.ok(
        box.left >= pane.left - 0.5 && box.right <= pane.right + 0.5 && box.top >= pane.top - 0.5 && box.bottom <= pane.bottom + 0.5,
        `all ${what} inside the pane (${JSON.stringify(box)} in ${JSON.stringify(pane)})`,
      );
    }
    assert.ok(geometry.labelPx >= READABLE_PX - 0.01, `arrow labels at ${geometry.labelPx.toFixed(1)} px, at least ${READABLE_PX}`);
    const { svg } = geometry;
    assert.ok(Math.abs(svg.left - pane.left - (pane.right - svg.right)) < 2, `centred in the pane (${JSON.stringify({ svg, pane })})`);
    await screenshot(page, 'preview-figure7.png');
  });
});

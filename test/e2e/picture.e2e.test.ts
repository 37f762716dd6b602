import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { editorLines, eventually, goToLine, openFile, runCommand, runPickerCommand, useWorkbench } from './support';
import { resultsDir } from './support/paths';

// The picture a student reads, measured in the real workbench: the Figure 5 view beside the preview
// (both in sight, nothing cut, the layout still as the cursor moves), the state boxes coloured by
// phase in light and dark themes, and a lesson's tab named after the lesson.

const SHOTS = path.join(resultsDir, 'picture');

/** The document of the webview whose outer frame matches `selector` (`iframe.webview.ready` n-th). */
function webview(page: Page, index: number): FrameLocator {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('#active-frame');
}

/** The webviews on screen, by what they show: the preview has a `.canvas`, Figure 5 a `.legend`. */
async function webviews(page: Page): Promise<{ preview: FrameLocator; figure5: FrameLocator }> {
  return eventually(
    async () => {
      const count = await page.locator('iframe.webview.ready').count();
      let preview: FrameLocator | undefined;
      let figure5: FrameLocator | undefined;
      for (let i = 0; i < count; i++) {
        const frame = webview(page, i);
        if ((await frame.locator('.canvas').count()) > 0) {
          preview = frame;
        } else if ((await frame.locator('.legend').count()) > 0) {
          figure5 = frame;
        }
      }
      return preview && figure5 ? { preview, figure5 } : undefined;
    },
    (found) => found !== undefined,
    'the preview and the Figure 5 view',
    60_000,
  ).then((found) => found!);
}

/** Outer boxes of the visible webviews in the workbench page. */
async function webviewBoxes(page: Page): Promise<{ x: number; y: number; width: number; height: number }[]> {
  return page.locator('iframe.webview.ready').evaluateAll((frames) =>
    frames
      .map((f) => f.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
  );
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
}

describe('the picture in VS Code: Figure 5 beside the preview', () => {
  const vscode = useWorkbench({ fixtures: ['handshake.tcpflow'] });

  it('opens Figure 5 beside the preview, both in sight, with no label cut, the legend visible and labels of at least 11 px', async function () {
    this.timeout(240_000);
    const page = vscode.page;
    await openFile(page, 'handshake.tcpflow');
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await eventually(() => webview(page, 0).locator('.canvas .messageText').count(), (n) => n >= 7, 'the preview drawn', 60_000);
    await goToLine(page, 8);
    await runCommand(page, 'TCP Flow: Show State Diagram (RFC 9293 Figure 5)');
    const { preview, figure5 } = await webviews(page);
    await eventually(() => figure5.locator('svg g.node').count(), (n) => n >= 11, 'the eleven states', 60_000);

    // Both webviews are on screen side by side or one over the other, never one hiding the other.
    const boxes = await eventually(() => webviewBoxes(page), (b) => b.length === 2, 'two webviews on screen');
    assert.ok(!overlap(boxes[0]!, boxes[1]!), JSON.stringify(boxes));
    assert.ok(await preview.locator('.canvas .messageText').first().isVisible());

    const measured = await figure5.locator('body').evaluate((body) => {
      const svg = body.querySelector('.drawing svg') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const labels = [...svg.querySelectorAll('g.edgeLabel foreignObject')].map((fo) => {
        const box = fo.getBoundingClientRect();
        const inner = (fo.querySelector('p, span') ?? fo) as HTMLElement;
        const text = inner.getBoundingClientRect();
        return {
          text: inner.textContent ?? '',
          inside: text.width === 0 || (text.left >= box.left - 1 && text.right <= box.right + 1 && text.top >= box.top - 1 && text.bottom <= box.bottom + 1),
          overflow: inner.scrollWidth > inner.clientWidth + 1,
          px: parseFloat(getComputedStyle(inner).fontSize) * scale,
        };
      });
      const legend = body.querySelector('.legend')!.getBoundingClientRect();
      return { labels, legendBottom: legend.bottom, viewport: window.innerHeight, legendTop: legend.top };
    });
    const shown = measured.labels.filter((l) => l.text.trim() !== '');
    assert.ok(shown.length >= 20, `${shown.length} labels`);
    assert.deepStrictEqual(shown.filter((l) => !l.inside || l.overflow).map((l) => l.text), [], 'labels cut at their box');
    const smallest = Math.min(...shown.map((l) => l.px));
    assert.ok(smallest >= 11, `the smallest label is ${smallest.toFixed(1)} px`);
    assert.ok(measured.legendTop >= 0 && measured.legendBottom <= measured.viewport, `legend at ${measured.legendTop}–${measured.legendBottom} of ${measured.viewport}`);
    // The arrow of the cursor line is set apart, its text whole.
    const atCursor = await figure5.locator('g.edgeLabel.at-cursor').allTextContents();
    assert.deepStrictEqual(atCursor.map((t) => t.trim()), ['rcv SYN,ACK / snd ACK ✓ A']);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'figure5-beside-preview.png') });
  });

  it('keeps the layout of Figure 5 where it is as the cursor moves', async () => {
    const page = vscode.page;
    const { figure5 } = await webviews(page);
    const positions = () =>
      figure5.locator('svg g.node').evaluateAll((nodes) => nodes.map((n) => `${n.textContent}@${n.getAttribute('transform')}`).join(' '));
    const before = await positions();
    await goToLine(page, 13);
    await eventually(() => figure5.locator('g.edgeLabel.at-cursor').allTextContents(), (t) => t.some((x) => x.includes('rcv FIN')), 'the cursor at line 13');
    assert.strictEqual(await positions(), before);
  });
});

/** The fills of the preview's state boxes, by phase, and the editor background. */
async function phaseFills(frame: FrameLocator): Promise<{ fills: Record<string, string>; background: string }> {
  return frame.locator('body').evaluate((body) => {
    const fills: Record<string, string> = {};
    for (const rect of body.querySelectorAll<SVGRectElement>('.canvas rect.tcpflow-phase')) {
      const phase = [...rect.classList].find((c) => c.startsWith('tcpflow-phase-'))!.slice('tcpflow-phase-'.length);
      fills[phase] ??= getComputedStyle(rect).fill;
    }
    return { fills, background: getComputedStyle(body).backgroundColor };
  });
}

function rgb(colour: string): number[] {
  return (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

function distance(a: string, b: string): number {
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(x[0]! - y[0]!, x[1]! - y[1]!, x[2]! - y[2]!);
}

/** RFC 9293 Figure 7 after a handshake-free start: each SYN waits in the network until delivered. */
const FIGURE_7 = [
  'title "Simultaneous open"',
  'host A "TCP Peer A"',
  'host B "TCP Peer B"',
  'A ~> B: SYN seq=100 as a_syn',
  'B -> A: SYN seq=300',
  'deliver a_syn',
  'A ~> B: SYN,ACK seq=100 ack=301 as a_synack',
  'B -> A: SYN,ACK seq=300 ack=101',
  'deliver a_synack',
  '',
].join('\n');

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where the Network's head, lifeline and the hosts' lifelines are, and each shared row's room at its ends, on screen. */
async function networkAndRows(frame: FrameLocator): Promise<{
  headerBoxes: number;
  head: Box;
  headLabel: Box;
  lifeline: Box;
  hosts: number[];
  firstRowBottom: number;
  rows: { texts: string[]; leftPad: number; rightPad: number; gap: number }[];
}> {
  return frame.locator('.canvas svg').evaluate((svg) => {
    const box = (node: Element): Box => {
      const r = node.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const head = svg.querySelector('rect.tcpflow-network-box')!;
    const rows = [...svg.querySelectorAll('.noteText')]
      .filter((text) => text.querySelectorAll('tspan').length === 2)
      .map((text) => {
        const [left, right] = [...text.querySelectorAll('tspan')].map(box);
        const frame = box(text.parentElement!.querySelector('rect')!);
        return {
          texts: [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? ''),
          leftPad: left!.left - frame.left,
          rightPad: frame.right - right!.right,
          gap: right!.left - left!.right,
        };
      });
    return {
      headerBoxes: svg.querySelectorAll('rect.actor-top[name="net"]').length,
      head: box(head),
      headLabel: box(head.parentElement!.querySelector('text')!),
      lifeline: box(svg.querySelector('line.actor-line[name="net"]')!),
      hosts: ['h0', 'h1'].map((name) => box(svg.querySelector(`line.actor-line[name="${name}"]`)!).left),
      firstRowBottom: box(svg.querySelector('.noteText')!.parentElement!.querySelector('rect')!).bottom,
      rows,
    };
  });
}

function assertNetworkAndRows(measured: Awaited<ReturnType<typeof networkAndRows>>, where: string): void {
  const { head, headLabel, lifeline, hosts } = measured;
  assert.strictEqual(measured.headerBoxes, 0, `${where}: a Network box in the header`);
  assert.ok(hosts[0]! < lifeline.left && lifeline.left < hosts[1]!, `${where}: the Network at ${lifeline.left}, the hosts at ${hosts.join(', ')}`);
  assert.ok(head.left < lifeline.left && lifeline.left < head.right, `${where}: the lifeline under its box`);
  assert.ok(Math.abs(lifeline.top - head.bottom) <= 2, `${where}: the lifeline starts at ${lifeline.top}, its box ends at ${head.bottom}`);
  assert.ok(head.top >= measured.firstRowBottom - 1, `${where}: the Network begins at ${head.top}, above the opening states' row (${measured.firstRowBottom})`);
  assert.ok(headLabel.left >= head.left && headLabel.right <= head.right && headLabel.top >= head.top - 1 && headLabel.bottom <= head.bottom + 1, `${where}: "Network" inside its box`);
  assert.ok(measured.rows.length >= 2, `${where}: ${measured.rows.length} shared rows`);
  for (const row of measured.rows) {
    assert.ok(Math.abs(row.leftPad - row.rightPad) <= 2, `${where}: ${row.texts.join(' / ')} has ${row.leftPad.toFixed(1)} px left, ${row.rightPad.toFixed(1)} px right`);
    assert.ok(row.leftPad >= 3 && row.gap >= 6, `${where}: ${JSON.stringify(row)}`);
  }
}

for (const theme of ['Default Light Modern', 'Default Dark Modern']) {
  describe(`the picture in VS Code: state boxes coloured by phase in ${theme}`, () => {
    const vscode = useWorkbench({ fixtures: ['handshake.tcpflow'], files: { 'figure7.tcpflow': FIGURE_7 }, settings: { 'workbench.colorTheme': theme } });

    it('gives each phase its own fill, each set apart from the background', async function () {
      this.timeout(240_000);
      const page = vscode.page;
      await openFile(page, 'handshake.tcpflow');
      await runCommand(page, 'TCP Flow: Open Preview to the Side');
      const frame = webview(page, 0);
      const { fills, background } = await eventually(() => phaseFills(frame), (f) => Object.keys(f.fills).length === 4, 'state boxes of all four phases', 60_000);
      const phases = Object.keys(fills).sort();
      assert.deepStrictEqual(phases, ['closed', 'closing', 'opening', 'synchronized']);
      for (let i = 0; i < phases.length; i++) {
        assert.ok(distance(fills[phases[i]!]!, background) > 20, `${phases[i]} ${fills[phases[i]!]} on ${background}`);
        for (let j = i + 1; j < phases.length; j++) {
          assert.ok(distance(fills[phases[i]!]!, fills[phases[j]!]!) > 20, `${phases[i]} ${fills[phases[i]!]} vs ${phases[j]} ${fills[phases[j]!]}`);
        }
      }
      // One row per event: SYN-SENT and SYN-RECEIVED share theirs, each at its own host's end.
      const row = await frame.locator('.canvas .noteText', { hasText: 'SYN-SENT' }).first().locator('tspan').allTextContents();
      assert.deepStrictEqual(row, ['SYN-SENT', 'SYN-RECEIVED']);
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `phases-${theme.replace(/\s+/g, '-').toLowerCase()}.png`) });
    });

    it('starts the Network lifeline between the hosts where it is first needed, and gives a shared row the same room at both ends, also zoomed and on the current step', async function () {
      this.timeout(120_000);
      const page = vscode.page;
      await openFile(page, 'figure7.tcpflow');
      const frame = webview(page, 0);
      await eventually(() => frame.locator('.canvas rect.tcpflow-network-box').count(), (n) => n === 1, 'the Network drawn', 60_000);
      assertNetworkAndRows(await networkAndRows(frame), 'as first drawn');
      await page.screenshot({ path: path.join(SHOTS, `network-${theme.replace(/\s+/g, '-').toLowerCase()}.png`) });
      await frame.locator('button[aria-label="Zoom in"]').click();
      await frame.locator('button[aria-label="Zoom in"]').click();
      assertNetworkAndRows(await networkAndRows(frame), 'zoomed in');
      // The step-through sets the current step in bold: its states still do not meet.
      await frame.locator('button[aria-label="First step"]').click();
      await frame.locator('button[aria-label="Next step"]').click();
      const current = await frame.locator('.canvas .tcpflow-current .noteText').count();
      assert.ok(current >= 1, 'a state row is the current step');
      const rows = (await networkAndRows(frame)).rows;
      for (const row of rows) {
        assert.ok(row.gap >= 6 && Math.abs(row.leftPad - row.rightPad) <= 2, `on the current step: ${JSON.stringify(row)}`);
      }
    });
  });
}

describe('the picture in VS Code: a lesson under its own name', () => {
  const vscode = useWorkbench({ fixtures: ['handshake.tcpflow'] });

  it("names the lesson's tab and its preview after the lesson", async function () {
    this.timeout(240_000);
    const page = vscode.page;
    // Once a script is open the extension's commands are surely registered.
    await openFile(page, 'handshake.tcpflow');
    const input = await runPickerCommand(page, 'TCP Flow: Open Lesson…');
    await input.fill('04-why-random-isn');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '04-why-random-isn.tcpflow' }).first().click();
    await eventually(() => editorLines(page), (lines) => lines[0]?.startsWith('title ') === true, 'the lesson in an editor');
    const tabs = await eventually(
      () => page.locator('.tabs-container .tab').evaluateAll((all) => all.map((t) => t.getAttribute('aria-label') ?? '')),
      (labels) => labels.some((l) => l.startsWith('Preview 04-why-random-isn.tcpflow')),
      "the lesson's preview tab",
      60_000,
    );
    assert.ok(tabs.some((l) => l.startsWith('04-why-random-isn.tcpflow')), JSON.stringify(tabs));
    assert.ok(!tabs.some((l) => /Untitled/.test(l)), JSON.stringify(tabs));
  });
});

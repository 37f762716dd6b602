import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FrameLocator, Page } from 'playwright-core';
import { editorLines, eventually, goToLine, openFile, remoteUri, runCommand, runPickerCommand, useWorkbench, waitForProblemCounts, waitForSquiggles } from './support';
import { installedExtensionsDir } from './support/session';

// The browser build in a real web worker extension host, as vscode.dev and a browser-only
// code-server run it: the installed VSIX, its manifest left with only its `browser` entry so that
// no Node extension host can run it, loaded as an extension of kind `web`. code-server then starts
// its web worker extension host in the page and runs dist/browser/extension.js there.

const BROKEN = ['host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: AKC seq=101 ack=301', ''].join('\n');

/** The installed extension, copied and made web-only: no `main`, so only a web worker host can run it. */
function webOnlyCopy(into: string): string {
  const installed = fs.readdirSync(installedExtensionsDir()).find((name) => name.startsWith('tcpflow.tcpflow-'));
  assert.ok(installed, 'the VSIX is installed for the run');
  const folder = path.join(into, installed);
  fs.cpSync(path.join(installedExtensionsDir(), installed), folder, { recursive: true });
  const manifestPath = path.join(folder, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  assert.strictEqual(manifest.browser, './dist/browser/extension.js', 'the manifest names the browser bundle');
  delete manifest.main;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return folder;
}

/** The arrows' texts in the preview, whichever webview it is (the Figure 5 view may open beside it). */
async function arrowTexts(page: Page): Promise<string[]> {
  const count = await page.locator('iframe.webview.ready').count();
  for (let i = 0; i < count; i++) {
    const texts = await webview(page, i).locator('.canvas .messageText').allTextContents();
    if (texts.length > 0) {
      return texts.map((text) => text.replace(/^[⚠✗] /, ''));
    }
  }
  return [];
}

/** The n-th webview's document. */
function webview(page: Page, index: number): FrameLocator {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('#active-frame');
}

/** The most elements matching `selector` in any one webview on the page. */
async function mostInAnyWebview(page: Page, selector: string): Promise<number> {
  const count = await page.locator('iframe.webview.ready').count();
  let most = 0;
  for (let i = 0; i < count; i++) {
    most = Math.max(most, await webview(page, i).locator(selector).count());
  }
  return most;
}

describe('the browser build in a web worker extension host (code-server)', () => {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-web-'));
  const noExtensions = path.join(staging, 'extensions');
  let extension = '';
  /** What the page loaded: the web worker host's iframe and the scripts it ran. */
  const loaded: string[] = [];

  before(() => {
    fs.mkdirSync(noExtensions);
    extension = webOnlyCopy(staging);
  });
  after(() => fs.rmSync(staging, { recursive: true, force: true }));

  const vscode = useWorkbench({
    fixtures: [],
    files: { 'broken.tcpflow': BROKEN },
    extensionsDir: noExtensions,
    payload: (server) => [
      ['extensionDevelopmentPath', remoteUri(server, extension)],
      ['extensionDevelopmentKind', 'web'],
    ],
    beforeLoad: async (page) => {
      page.context().on('request', (request) => loaded.push(request.url()));
    },
  });

  it('runs dist/browser/extension.js in the web worker host and underlines the broken line', async () => {
    const page = vscode.page;
    await openFile(page, 'broken.tcpflow');
    await waitForSquiggles(page, [6]);
    await waitForProblemCounts(page, { errors: 1 });
    assert.ok(loaded.some((url) => url.includes('webWorkerExtensionHostIframe.html')), 'the web worker extension host started');
    const bundles = loaded.filter((url) => /dist(%2F|\/)(browser(%2F|\/))?extension\.js/.test(url)).map((url) => decodeURIComponent(url));
    assert.ok(bundles.length > 0, 'the extension was loaded');
    assert.ok(bundles.every((url) => url.includes('/dist/browser/extension.js')), `only the browser bundle: ${bundles.join(', ')}`);
  });

  it('applies the quick fix for the misspelt flag there', async () => {
    const page = vscode.page;
    await goToLine(page, 6, 10);
    await page.keyboard.press('Control+Period');
    const rows = page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor();
    const titles = await rows.allTextContents();
    const index = titles.findIndex((title) => title.includes("'ACK'"));
    assert.ok(index >= 0, `a fix to ACK among ${JSON.stringify(titles)}`);
    // The list opens on its first fix; the keyboard goes to the one to apply.
    for (let i = 0; i < index; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await eventually(() => editorLines(page), (l) => /^A -> B: ACK seq=101/.test(l[5] ?? ''), 'the fixed line 6');
    await waitForSquiggles(page, []);
  });

  it('draws the preview there', async () => {
    const page = vscode.page;
    await runCommand(page, 'TCP Flow: Open Preview to the Side');
    await eventually(() => arrowTexts(page), (texts) => texts.length >= 2 && texts[0] === 'SYN seq=100', 'the arrows of the story', 60_000);
  });

  it('draws RFC 9293 Figure 5 there', async () => {
    const page = vscode.page;
    await runCommand(page, 'View: Focus First Editor Group');
    await runCommand(page, 'TCP Flow: Show State Diagram (RFC 9293 Figure 5)');
    await eventually(() => mostInAnyWebview(page, 'svg g.node.statediagram-state'), (n) => n === 11, 'the eleven states', 60_000);
  });

  it('opens a lesson from the extension through workspace.fs, with its preview', async () => {
    const page = vscode.page;
    // The lesson picker fills in after the command runs: type only once its input is there, and
    // choose only once the list shows the one lesson asked for.
    const input = await runPickerCommand(page, 'TCP Flow: Open Lesson…');
    await input.fill('01-three-way-handshake');
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await eventually(() => rows.allTextContents(), (texts) => texts.length === 1 && texts[0]!.includes('01-three-way-handshake'), 'the lesson in the picker', 20_000);
    await page.keyboard.press('Enter');
    await eventually(() => arrowTexts(page), (texts) => texts.includes('SYN seq=100') && texts.includes('ACK seq=101 ack=301 len=5 “hello”'), 'the lesson drawn', 60_000);
  });
});

import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewHtml } from '../src/extension/preview/previewHtml';
import { previewStrings } from '../src/extension/preview/previewStrings';

/**
 * The preview webview outside VS Code: a local HTTP server (127.0.0.1 only)
 * serving the page the extension builds, with its real CSP and the built
 * bundle, and a stand-in for `acquireVsCodeApi` that records what the page
 * posts. Headless Debian Chromium drives it. Also serves `baseline.js`:
 * Mermaid alone, bundled the same way, to compare against.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const NONCE = 'benchnonce0123456789abcdef';
const CHROMIUM = '/usr/bin/chromium';

/** Records the page's messages and lets a test wait for one. */
const HOST_STUB = `
window.__tcpflowHost = { sent: [], state: undefined };
window.acquireVsCodeApi = () => ({
  postMessage(message) { window.__tcpflowHost.sent.push(message); window.dispatchEvent(new CustomEvent('tcpflow-host', { detail: message })); },
  getState() { return window.__tcpflowHost.state; },
  setState(state) { window.__tcpflowHost.state = state; },
});`;

export interface PreviewHarness {
  readonly browser: Browser;
  readonly page: Page;
  readonly baseUrl: string;
  close(): Promise<void>;
}

async function bundleBaseline(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-bench-'));
  const entry = path.join(ROOT, 'bench', 'previewBaseline.ts');
  const outfile = path.join(dir, 'baseline.js');
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning', nodePaths: [path.join(ROOT, 'node_modules')] });
  return outfile;
}

function pageHtml(baseUrl: string): string {
  const html = previewHtml({
    cspSource: baseUrl,
    scriptUri: `${baseUrl}/dist/webview/preview.js`,
    styleUri: `${baseUrl}/media/preview.css`,
    nonce: NONCE,
    lang: 'en',
    strings: previewStrings((message, ...args) => message.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole)),
    state: { uri: 'file:///bench/story.tcpflow', locked: false, zoom: undefined, step: undefined, style: 'sequence' },
  });
  // What VS Code adds around every webview: the theme class on <body>, and the API stand-in before our script.
  return html
    .replace('<body>', '<body class="vscode-light">')
    .replace(`<script nonce="${NONCE}"`, `<script nonce="${NONCE}">${HOST_STUB}</script>\n<script nonce="${NONCE}"`);
}

/** Any built webview file (the shared Mermaid module and its chunks), by its path under dist/webview. */
function webviewFile(url: string): { file: string; type: string } | undefined {
  const match = /^\/dist\/webview\/([\w/-]+\.js)$/.exec(url);
  if (match === null || match[1]!.includes('..')) {
    return undefined;
  }
  const file = path.join(ROOT, 'dist', 'webview', match[1]!);
  return fs.existsSync(file) ? { file, type: 'text/javascript' } : undefined;
}

export async function openPreviewHarness(): Promise<PreviewHarness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`the preview benchmark needs Debian's chromium at ${CHROMIUM} (apt-get install chromium; npm run setup:e2e installs it too)`);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'webview', 'preview.js'))) {
    throw new Error('dist/webview/preview.js is missing: run `npm run build` first');
  }
  const baseline = await bundleBaseline();
  const files: Readonly<Record<string, { file: string; type: string }>> = {
    '/dist/webview/preview.js': { file: path.join(ROOT, 'dist', 'webview', 'preview.js'), type: 'text/javascript' },
    '/media/preview.css': { file: path.join(ROOT, 'media', 'preview.css'), type: 'text/css' },
    '/baseline.js': { file: baseline, type: 'text/javascript' },
  };
  let baseUrl = '';
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/' || url === '/blank') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(url === '/' ? pageHtml(baseUrl) : '<!doctype html><html><body></body></html>');
      return;
    }
    const served = files[url] ?? webviewFile(url);
    if (served === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': served.type });
    fs.createReadStream(served.file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort()));
  return {
    browser,
    page,
    baseUrl,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(path.dirname(baseline), { recursive: true, force: true });
    },
  };
}

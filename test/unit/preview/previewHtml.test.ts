import * as assert from 'assert';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { makeNonce, previewHtml } from '../../../src/extension/preview/previewHtml';
import { previewStrings } from '../../../src/extension/preview/previewStrings';
import type { PreviewUpdate } from '../../../src/shared/preview/protocol';
import { parseHostMessage, parsePreviewState } from '../../../src/shared/preview/protocolChecks';
import { parsePreviewStrings } from '../../../src/shared/preview/stringTable';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

function page(overrides: { uri?: string; label?: string } = {}) {
  return previewHtml(pageInput(overrides));
}

function pageInput(overrides: { uri?: string; label?: string } = {}): Parameters<typeof previewHtml>[0] {
  const strings = previewStrings((message) => (overrides.label !== undefined && message === 'Play' ? overrides.label : message));
  return {
    cspSource: CSP_SOURCE,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview/preview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
    nonce: 'abc123',
    lang: 'ko',
    strings,
    state: { uri: overrides.uri ?? 'file:///w/a.tcpflow', locked: true, zoom: 1.5, step: 2, style: 'timeline' },
  };
}

function policy(html: string): Map<string, string> {
  const document = new JSDOM(html).window.document;
  const content = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => [part.slice(0, part.indexOf(' ')), part.slice(part.indexOf(' ') + 1)]),
  );
}

describe('preview page: the shared Mermaid preloaded', () => {
  it('fetches the modules it will import at once, beside its script, by its nonce', () => {
    const modules = [`${CSP_SOURCE}/ext/dist/webview/mermaid/mermaid.js`, `${CSP_SOURCE}/ext/dist/webview/mermaid/chunk-A1.js`];
    const html = previewHtml({ ...pageInput(), moduleUris: modules });
    const document = new JSDOM(html).window.document;
    const links = [...document.querySelectorAll('link[rel="modulepreload"]')];
    assert.deepStrictEqual(links.map((l) => l.getAttribute('href')), modules);
    assert.ok(links.every((l) => l.getAttribute('nonce') === 'abc123'), 'allowed by the page script nonce');
    assert.ok(links.every((l) => l.parentElement === document.head), 'in the head, before the script');
    assert.strictEqual(new JSDOM(page()).window.document.querySelectorAll('link[rel="modulepreload"]').length, 0, 'none unless given');
  });

  it('preloads the files the build lists: the Mermaid module, its chunks and the sequence diagram, all shipped', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', 'dist', 'webview', 'mermaid');
    const list = (JSON.parse(fs.readFileSync(path.join(dir, 'preload.json'), 'utf8')) as { sequenceDiagram: string[] }).sequenceDiagram;
    assert.strictEqual(list[0], 'mermaid.js');
    assert.ok(list.length > 2 && list.every((file) => /^[\w-]+\.js$/.test(file) && fs.existsSync(path.join(dir, file))), JSON.stringify(list));
    // The sequence diagram's own chunk is the one that registers its renderer's configuration.
    assert.ok(list.some((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes('sequenceDiagram')), 'the sequence diagram chunk');
    assert.ok(list.length < fs.readdirSync(dir).filter((f) => f.endsWith('.js')).length, 'not every chunk: only what a sequence diagram needs');
  });
});

describe('preview page: security policy and embedded data', () => {
  it('allows nothing by default, only its own nonce-tagged script, and no remote origin', () => {
    const csp = policy(page());
    assert.strictEqual(csp.get('default-src'), "'none'");
    assert.strictEqual(csp.get('script-src'), "'nonce-abc123'");
    assert.strictEqual(csp.get('style-src'), `${CSP_SOURCE} 'unsafe-inline'`);
    assert.strictEqual(csp.get('img-src'), 'blob:');
    assert.deepStrictEqual([...csp.keys()].sort(), ['default-src', 'img-src', 'script-src', 'style-src']);
    const html = page();
    assert.ok(!/https?:\/\/(?!file\+\.vscode-resource)/.test(html), 'no address but the webview resource origin');
  });

  it('has exactly one script, carrying the nonce, and no inline script', () => {
    const document = new JSDOM(page()).window.document;
    const scripts = [...document.querySelectorAll('script')];
    assert.strictEqual(scripts.length, 1);
    assert.strictEqual(scripts[0]!.getAttribute('nonce'), 'abc123');
    assert.strictEqual(scripts[0]!.textContent, '');
  });

  it('carries strings and state as data that reads back exactly, whatever they contain', () => {
    const hostile = '"><script>alert(1)</script>\'&amp;';
    const html = page({ uri: `file:///w/${hostile}.tcpflow`, label: hostile });
    const document = new JSDOM(html).window.document;
    assert.strictEqual(document.querySelectorAll('script').length, 1, 'nothing broke out of the attribute');
    const data = document.getElementById('tcpflow-preview-data')!;
    const strings = parsePreviewStrings(JSON.parse(data.getAttribute('data-strings')!));
    const state = parsePreviewState(JSON.parse(data.getAttribute('data-state')!));
    assert.strictEqual(strings?.play, hostile);
    assert.deepStrictEqual(state, { uri: `file:///w/${hostile}.tcpflow`, locked: true, zoom: 1.5, step: 2, style: 'timeline' });
    assert.strictEqual(document.documentElement.lang, 'ko');
  });

  it('carries the first update, when given, as data the page reads back exactly', () => {
    const hostile = '"><script>alert(1)</script>\'&amp;';
    const update: PreviewUpdate = {
      type: 'update',
      seq: 1,
      uri: 'file:///w/a.tcpflow',
      source: 'a.tcpflow',
      diagram: { text: `sequenceDiagram\n  A->>B: ${hostile}\n`, elements: [{ kind: 'message', line: 3 }] },
      style: 'sequence',
      hosts: [{ name: 'A', label: hostile }],
      steps: [{ line: 3, states: { A: 'SYN-SENT' } }],
      problems: [],
      errorCount: 0,
      stale: false,
    };
    const document = new JSDOM(previewHtml({ ...pageInput(), update })).window.document;
    assert.strictEqual(document.querySelectorAll('script').length, 1, 'nothing broke out of the attribute');
    const data = document.getElementById('tcpflow-preview-data')!;
    assert.deepStrictEqual(parseHostMessage(JSON.parse(data.getAttribute('data-update')!)), update);
    assert.strictEqual(new JSDOM(page()).window.document.getElementById('tcpflow-preview-data')!.hasAttribute('data-update'), false, 'none unless given');
  });

  it('makes a different 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => makeNonce(randomBytes)));
    assert.strictEqual(nonces.size, 100);
    for (const nonce of nonces) {
      assert.match(nonce, /^[0-9a-f]{32}$/);
    }
  });
});

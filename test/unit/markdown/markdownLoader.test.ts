import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';

// The script every Markdown preview page runs (dist/markdown/preview.js, built from
// src/markdownPreview/loader.ts): it must bring in the drawing script, with Mermaid in it, only
// for a page with a tcpflow sequence diagram, with its own nonce, from beside itself.

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const LOADER = fs.readFileSync(path.join(ROOT, 'dist', 'markdown', 'preview.js'), 'utf8');
const BASE = 'https://file+.vscode-resource.vscode-cdn.net/ext/tcpflow';

/** A Markdown preview page as VS Code makes it, with the loader run in it as the page's script. */
function previewPage(body: string): JSDOM {
  const dom = new JSDOM(
    `<!DOCTYPE html><html><head></head><body><div class="markdown-body">${body}</div><script async nonce="n0nce" src="${BASE}/dist/markdown/preview.js"></script></body></html>`,
    { runScripts: 'outside-only', url: 'https://preview.example/index.html' },
  );
  dom.window.eval(LOADER);
  return dom;
}

/** The scripts the loader added: their addresses and nonces. */
function added(dom: JSDOM): { src: string; nonce: string }[] {
  return [...dom.window.document.head.querySelectorAll('script')].map((s) => ({ src: s.src, nonce: s.nonce ?? '' }));
}

const SEQUENCE_BLOCK = '<div class="tcpflow-block" data-tcpflow-view="sequence"><pre class="tcpflow-mermaid">sequenceDiagram</pre><div class="tcpflow-diagram"></div></div>';

describe('Markdown preview: the drawing script loads only where there is something to draw', () => {
  it('loads nothing for a page with no tcpflow block, nor for one with only a timeline (drawn by the extension)', () => {
    assert.deepStrictEqual(added(previewPage('<h1>Notes</h1><p>Nothing to draw.</p>')), []);
    assert.deepStrictEqual(added(previewPage('<div class="tcpflow-block" data-tcpflow-view="timeline"><svg></svg></div>')), []);
  });

  it('loads the drawing script, once, beside itself and with its own nonce, for a page with a sequence diagram', () => {
    const dom = previewPage(SEQUENCE_BLOCK + SEQUENCE_BLOCK);
    assert.deepStrictEqual(added(dom), [{ src: `${BASE}/dist/markdown/draw.js`, nonce: 'n0nce' }]);
    dom.window.dispatchEvent(new dom.window.CustomEvent('vscode.markdown.updateContent'));
    assert.strictEqual(added(dom).length, 1, 'not again on the next update');
  });

  it('loads it when a block arrives later, by the preview replacing its content', async () => {
    const dom = previewPage('<h1>Notes</h1>');
    assert.deepStrictEqual(added(dom), []);
    dom.window.document.querySelector('.markdown-body')!.insertAdjacentHTML('beforeend', SEQUENCE_BLOCK);
    // Mutation observers report after the current task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.deepStrictEqual(added(dom), [{ src: `${BASE}/dist/markdown/draw.js`, nonce: 'n0nce' }]);
  });
});

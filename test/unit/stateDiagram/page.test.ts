import * as assert from 'assert';
import { parseStateDiagramMessage, parseStateDiagramStrings } from '../../../src/shared/stateDiagram/protocol';
import { stateDiagramHtml } from '../../../src/extension/stateDiagram/stateDiagramHtml';

describe('the Figure 5 page', () => {
  it('takes only well-formed messages from the host', () => {
    const render = { type: 'render', text: 'stateDiagram-v2\n', caption: 'c', legend: [{ text: 'A', className: 'visited0' }], edges: [{ label: 'CLOSE', taken: true, atCursor: false }] };
    assert.deepStrictEqual(parseStateDiagramMessage(render), render);
    assert.deepStrictEqual(parseStateDiagramMessage({ type: 'empty', message: 'm' }), { type: 'empty', message: 'm' });
    for (const bad of [null, 'render', { type: 'render', text: 1 }, { type: 'render', text: '', caption: '', legend: [{ text: 1 }] }, { ...render, edges: [{ label: 'x', taken: 'yes' }] }, { type: 'draw' }]) {
      assert.strictEqual(parseStateDiagramMessage(bad), undefined, JSON.stringify(bad));
    }
    assert.strictEqual(parseStateDiagramStrings({}), undefined);
  });

  it('allows nothing but its own script, by nonce, and its stylesheet; user text is escaped', () => {
    const html = stateDiagramHtml({
      cspSource: 'vscode-resource:',
      scriptUri: 'vscode-resource:/dist/webview/stateDiagram.js',
      styleUri: 'vscode-resource:/media/stateDiagram.css',
      nonce: 'abc123',
      lang: 'ko',
      title: '<img src=x onerror=alert(1)>',
      strings: { renderFailed: 'failed: {0}' },
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.strictEqual(csp, "default-src 'none'; script-src 'nonce-abc123'; style-src vscode-resource: 'unsafe-inline'");
    assert.ok(!html.includes('<img'), 'the title is escaped');
    assert.strictEqual([...html.matchAll(/<script\b/g)].length, 1);
    assert.match(html, /<script nonce="abc123" src="vscode-resource:\/dist\/webview\/stateDiagram\.js">/);
    assert.doesNotMatch(html, /https?:/);
  });
});

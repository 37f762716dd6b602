import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { expandSnippet, SNIPPETS, snippetText, type Snippet } from '../../../src/core/snippets';
import { codes } from './support';

function byId(id: Snippet['id']): Snippet {
  return SNIPPETS.find((s) => s.id === id)!;
}

/** Where a snippet goes: the closing and abort snippets continue an open connection. */
const OPENED = expandSnippet(snippetText(byId('handshake'), [])) + '\n';
const CONTEXT: Partial<Record<Snippet['id'], string>> = {
  close: OPENED,
  abort: OPENED,
  simultaneousClose: OPENED.replace(/client/g, 'A').replace(/server/g, 'B'),
};

describe('snippets', () => {
  it('has the six snippets of the language, under their prefixes', () => {
    assert.deepStrictEqual(
      SNIPPETS.map((s) => s.prefixes.join('/')),
      ['handshake/3way', 'close4/4way', 'simopen', 'simclose', 'abort/rst', 'exercise'],
    );
  });

  for (const snippet of SNIPPETS) {
    it(`${snippet.id}: replays with no problem where it belongs, with its own hosts`, () => {
      const text = (CONTEXT[snippet.id] ?? '') + expandSnippet(snippetText(snippet, []));
      const analysis = analyze(text);
      assert.deepStrictEqual(codes(analysis.diagnostics), [], text);
      assert.ok(analysis.steps.length > 0);
    });
  }

  it("takes the script's hosts as its defaults, in their order, so the story continues with them", () => {
    const header = 'host alice "Alice"\nhost bob "Bob"\n';
    const hosts = analyze(header).hosts;
    const handshake = expandSnippet(snippetText(byId('handshake'), hosts));
    assert.match(handshake, /^bob: listen\nalice -> bob: SYN seq=100\n/);
    assert.deepStrictEqual(codes(analyze(header + handshake).diagnostics), []);
    const close = expandSnippet(snippetText(byId('simultaneousClose'), hosts));
    assert.match(close, /^alice: close\nalice ~> bob: FIN,ACK as a_fin\n/);
    assert.deepStrictEqual(codes(analyze(header + handshake + '\n' + close).diagnostics), []);
  });

  it('keeps the two hosts apart when the script has only one, even if it bears the name of the other default', () => {
    const text = expandSnippet(snippetText(byId('handshake'), analyze('server: listen\n').hosts));
    assert.match(text, /^client: listen\nserver -> client: SYN/);
  });

  it('expands a tab stop inside a default, as VS Code does', () => {
    assert.strictEqual(expandSnippet('${1:a} ${2:x $1 y} $2$0'), 'a x a y x a y');
  });

  it('leaves the cursor ($0) on a line of its own at the end', () => {
    for (const snippet of SNIPPETS) {
      assert.strictEqual(snippetText(snippet, []).split('\n').pop(), '$0');
    }
  });
});

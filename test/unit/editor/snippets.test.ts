import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { codes } from './support';

interface Snippet {
  readonly prefix: string | readonly string[];
  readonly description: string;
  readonly body: readonly string[];
}

const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../snippets/tcpflow.json'), 'utf8'));

/** The text VS Code inserts when every placeholder keeps its default: `${1:client}` and `$1` both become `client`. */
function expand(body: readonly string[]): string {
  const defaults = new Map<string, string>();
  let text = body.join('\n');
  // Innermost placeholders first, so a default may hold a tab stop of its own.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\{(\d+):([^{}]*)\}/g, (_, index: string, value: string) => {
      defaults.set(index, value);
      return value;
    });
  }
  return text.replace(/\$(\d+)/g, (_, index: string) => defaults.get(index) ?? '');
}

/** Where a snippet goes: the closing and abort snippets continue an open connection. */
const OPENED = expand(snippets['3-way handshake']!.body);
const CONTEXT: Record<string, string> = {
  '4-way close': OPENED,
  'RST abort': OPENED,
  'simultaneous close': OPENED.replace(/client/g, 'A').replace(/server/g, 'B'),
};

describe('snippets', () => {
  it('has the six snippets of the language', () => {
    assert.deepStrictEqual(Object.keys(snippets).sort(), ['3-way handshake', '4-way close', 'RST abort', 'exercise', 'simultaneous close', 'simultaneous open']);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`${name}: replays with no problem where it belongs`, () => {
      const text = (CONTEXT[name] ?? '') + expand(snippet.body);
      const analysis = analyze(text);
      assert.deepStrictEqual(codes(analysis.diagnostics), [], text);
      assert.ok(analysis.steps.length > 0);
    });
  }

  it('leaves the cursor ($0) on a line of its own at the end', () => {
    for (const snippet of Object.values(snippets)) {
      assert.strictEqual(snippet.body[snippet.body.length - 1], '$0');
    }
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { hasMessage } from '../../../src/core/messages';
import { isEvent } from '../../../src/core/syntax/ast';
import { parse } from '../../../src/core/syntax/parser';
import { splitLines, type Range } from '../../../src/core/text';

/**
 * Whatever a student types, half-way through a word or pasted from anywhere:
 * parse and analyze never throw, every range lies inside the document, and
 * the same text always gives the same result.
 */

const RUNS = 300;

/** Words and symbols of the language, and the near misses and junk students produce. */
const TOKENS = [
  'title', 'host', 'dup', 'deliver', 'expect', 'note', 'as', 'TITLE', 'Deliver', 'delivr', 'expct',
  'A', 'B', 'C', 'client', 'server', '_x9',
  '->', '-x', '~>', '-', '~', '>', '=>', '->>', '-->', '→', '<-',
  ':', ',', '+', '/', '=', '#', '# comment', '"', '\\',
  'SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR', 'syn', 'AKC', 'SYN+ACK', 'SYN,ACK', 'FIN/ACK',
  'seq=', 'ack=', 'len=', 'win=', 'sq=', 'seq', 'seq=100', 'ack=4294967295', 'len=4294967296', 'win=-1', 'seq=0x10', 'len=1.5',
  '0', '1', '100', '4294967295', '4294967296', '99999999999999999999999',
  'listen', 'connect', 'close', 'abort', 'timeout', 'reboot', 'lisen',
  'CLOSED', 'LISTEN', 'SYN-SENT', 'SYN_RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FINWAIT2', 'CLOSE-WAIT', 'CLOSING', 'LAST-ACK', 'TIME WAIT', 'ESTAB', 'ESTABLISED',
  '"label"', '"GET /"', '"클라이언트"', '"a\\"b"', '"c:\\\\"', '"bad \\n escape"', '"unterminated', '""', '"👋"',
  '클라이언트', '서버', '：', '\u3000', '\u00a0', '\ufeff', '\t', '\r', '😀', '\u0301', '\ud800', '\udc00',
];

const SEPARATORS = [' ', '  ', '', '\t'];

const line = fc.array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }).map((parts) =>
  parts.map(([token, separator]) => token + separator).join(''),
);

const tokenSoup = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

/** Scripts that replay cleanly, to be broken in small ways. */
const VALID_SCRIPTS = [
  ['title "3-Way Handshake"', 'host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN+ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', 'expect A ESTABLISHED, B ESTABLISHED'],
  ['A ~> B: SYN seq=100 as a_syn', 'B -> A: SYN seq=300', 'deliver a_syn', 'A ~> B: SYN,ACK seq=100 ack=301 as a_synack', 'B -> A: SYN,ACK seq=300 ack=101', 'deliver a_synack'],
  ['B: listen', 'A ~> B: SYN seq=100 as syn', 'dup A -> B: SYN seq=90', 'B -> A: SYN,ACK seq=300 ack=91', 'A -> B: RST seq=91', 'deliver syn', 'B -> A: SYN,ACK seq=400 ack=101', 'A -> B: ACK seq=101 ack=401'],
  ['B: listen', 'A -> B: SYN', 'B -> A: SYN+ACK', 'A -> B: ACK', 'A -> B: ACK len=10 "data"', 'B -> A: ACK', 'A: close', 'A -> B: FIN,ACK', 'B -> A: ACK', 'B: close', 'B -x A: FIN,ACK', 'B -> A: FIN,ACK', 'A -> B: ACK', 'note A "2MSL"', 'A: timeout'],
];

type Mutation = (tokens: string[][]) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (lines) => void lines.splice(i % (lines.length || 1), 1)),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    if (lines.length > 1) {
      const a = i % lines.length;
      const b = j % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    }
  }),
  fc.nat().map((i): Mutation => (lines) => {
    if (lines.length > 0) {
      lines.splice(i % lines.length, 0, [...lines[i % lines.length]!]);
    }
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    const tokens = lines[i % (lines.length || 1)];
    if (tokens && tokens.length > 0) {
      tokens.splice(j % tokens.length, 1);
    }
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TOKENS)).map(([i, j, token]): Mutation => (lines) => {
    const tokens = lines[i % (lines.length || 1)];
    if (tokens) {
      tokens.splice(j % (tokens.length + 1), 0, token);
    }
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([i, j, k]): Mutation => (lines) => {
    const tokens = lines[i % (lines.length || 1)];
    if (tokens && tokens.length > 1) {
      const a = j % tokens.length;
      const b = k % tokens.length;
      [tokens[a], tokens[b]] = [tokens[b]!, tokens[a]!];
    }
  }),
);

const mutatedScript = fc
  .tuple(fc.constantFrom(...VALID_SCRIPTS), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.nat(), fc.boolean())
  .map(([script, mutations, eol, cut, truncate]) => {
    const lines = script.map((l) => l.split(' '));
    mutations.forEach((m) => m(lines));
    const text = lines.map((tokens) => tokens.join(' ')).join(eol);
    // Sometimes stop mid-word, as the editor sees a line being typed.
    return truncate ? text.slice(0, cut % (text.length + 1)) : text;
  });

const anyText = fc.string({ unit: 'binary', maxLength: 300 });

function assertInside(range: Range, lengths: readonly number[], what: string): void {
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end ${JSON.stringify(range)}`);
  for (const p of [start, end]) {
    assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what}: ${JSON.stringify(range)}`);
    assert.ok(p.line < lengths.length, `${what}: line ${p.line} past the end ${JSON.stringify(range)}`);
    assert.ok(p.character <= lengths[p.line]!, `${what}: character past the end of line ${p.line} ${JSON.stringify(range)}`);
  }
}

function assertDiagnosticsInside(diagnostics: readonly Diagnostic[], text: string): void {
  const lengths = splitLines(text).map((l) => l.length);
  for (const d of diagnostics) {
    assertInside(d.range, lengths, d.code);
    assert.ok(hasMessage(d.message.id), `unknown message id ${d.message.id}`);
    d.related?.forEach((r) => assertInside(r.range, lengths, `${d.code} related`));
    d.fixes?.forEach((f) => f.edits.forEach((e) => assertInside(e.range, lengths, `${d.code} fix`)));
  }
}

function checkText(text: string): void {
  const parsed = parse(text);
  assert.strictEqual(parsed.script.lineCount, splitLines(text).length);
  assertDiagnosticsInside(parsed.diagnostics, text);
  const analysis = analyze(text);
  assertDiagnosticsInside(analysis.diagnostics, text);
  // Every event line the parser keeps gets exactly one step.
  assert.strictEqual(analysis.steps.length, analysis.script.statements.filter(isEvent).length);
  assert.deepStrictEqual(analyze(text), analysis);
  assert.deepStrictEqual(parse(text), parsed);
}

describe('robustness (property-based)', function () {
  it('token soup: never throws, ranges inside the document, deterministic', function () {
    fc.assert(fc.property(tokenSoup, checkText), { numRuns: RUNS });
  });

  it('valid scripts with lines and tokens deleted, repeated, swapped, inserted or cut short', function () {
    fc.assert(fc.property(mutatedScript, checkText), { numRuns: RUNS });
  });

  it('any string at all', function () {
    fc.assert(fc.property(anyText, checkText), { numRuns: RUNS });
  });

  it('pathological lines: huge words, runs of joiners, escapes, quotes and dashes', function () {
    const huge = 50_000;
    for (const text of [
      'x'.repeat(huge),
      `A -> B: ${'Q'.repeat(huge)}`,
      `expect A ${'Z'.repeat(huge)}`,
      `A -> B: ${'SYN+'.repeat(huge / 4)}`,
      `note "${'\\"'.repeat(huge / 2)}"`,
      '-'.repeat(huge),
      '"'.repeat(huge + 1),
      `A -> B: SYN ${'seq=1 '.repeat(huge / 6)}`,
      `A -> B: SYN seq=${'9'.repeat(huge)}`,
    ]) {
      checkText(text);
    }
  });

  it('the unmutated scripts parse without a syntax diagnostic', function () {
    for (const script of VALID_SCRIPTS) {
      assert.deepStrictEqual(parse(script.join('\n')).diagnostics, []);
    }
  });
});

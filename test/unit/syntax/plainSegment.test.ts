import * as assert from 'assert';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { FIELD_NAMES, type SegmentEvent } from '../../../src/core/syntax/ast';
import { LineCursor } from '../../../src/core/syntax/cursor';
import { PlainSegmentReader } from '../../../src/core/syntax/plainSegment';
import { LineTokens, scanLine, TokenKind } from '../../../src/core/syntax/scanner';
import { parseSegment } from '../../../src/core/syntax/segment';

/** What a reader can see of a segment node: every accessor, ranges as plain data. */
function view(node: SegmentEvent): unknown {
  return JSON.parse(
    JSON.stringify({
      kind: node.kind,
      line: node.line,
      range: node.range,
      fromName: node.fromName,
      from: node.from && { text: node.from.text, range: node.from.range },
      arrowKind: node.arrowKind,
      arrow: node.arrow && { kind: node.arrow.kind, range: node.arrow.range },
      toName: node.toName,
      to: node.to && { text: node.to.text, range: node.to.range },
      flags: node.flags.map((f) => ({ text: f.text, flag: f.flag, meant: f.meant, range: f.range })),
      fields: node.fields.map((f) => ({ name: f.name, value: f.value?.value, valueRange: f.value?.range, range: f.range })),
      writtenFlagBits: node.writtenFlagBits,
      given: FIELD_NAMES.map((name) => [node.givenFields()[name], node.givenFields().rangeOf(name)]),
      dup: node.dup,
      label: node.label,
      alias: node.alias,
    }),
  );
}

interface BothWays {
  /** The plain reader's node, and where it found the comment. */
  readonly plain: SegmentEvent | undefined;
  readonly plainComment: number;
  /** The full parser's, when its first tokens make it a segment line (a host name, then an arrow), with what it reported. */
  readonly full: SegmentEvent | undefined;
  readonly fullComment: number;
  readonly fullDiagnostics: readonly Diagnostic[];
}

/** `line` read both ways, each with a cursor of its own, as the second line of a text (`before` the first). */
function readBothWays(line: string, before = 'host A'): BothWays {
  const text = `${before}\n${line}`;
  const lineStart = before.length + 1;
  const reader = new PlainSegmentReader(new LineCursor(text, new LineTokens(), []));
  reader.read(0, before.length, 0);
  const plain = reader.read(lineStart, text.length, 1);
  const tokens = new LineTokens();
  const fullDiagnostics: Diagnostic[] = [];
  scanLine(text, lineStart, text.length, 1, tokens, fullDiagnostics);
  const isSegmentLine = tokens.count > 1 && tokens.kinds[0] === TokenKind.Word && tokens.kinds[1] === TokenKind.Arrow;
  const full = isSegmentLine ? parseSegment(new LineCursor(text, tokens, fullDiagnostics), undefined) : undefined;
  return { plain, plainComment: plain && reader.commentStart >= 0 ? reader.commentStart - lineStart : -1, full, fullComment: tokens.commentStart < 0 ? -1 : tokens.commentStart - lineStart, fullDiagnostics };
}

/** What the plain reader takes, the full parser reads into the same node and comment, with nothing to report. */
function assertSameWhenPlain(line: string, both: BothWays): void {
  if (both.plain === undefined) {
    return;
  }
  assert.ok(both.full, `'${line}' is a segment line to the full parser too`);
  assert.deepStrictEqual(both.fullDiagnostics, [], `the full parser finds nothing wrong with '${line}'`);
  assert.deepStrictEqual(view(both.plain), view(both.full), line);
  assert.strictEqual(both.plainComment, both.fullComment, `the comment of '${line}'`);
}

/** A seeded generator, so that a failure can be run again. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('parser: plain segment lines', () => {
  const plainLines = [
    'A -> B: SYN',
    'A -> B: SYN seq=100',
    'B -> A: SYN+ACK seq=300 ack=101',
    'A -> B: ACK seq=101 ack=301 len=100',
    'A -x B: FIN+ACK seq=1 ack=2',
    'A ~> B: ACK len=1',
    'client -> server: SYN seq=4294967295 win=65535 wscale=7',
    'A  ->  B :  ACK + PSH   len=5 win=0',
    'A -> B: SYN+ACK+FIN+RST+PSH+URG+ECE+CWR seq=1 ack=2 len=3 win=4 wscale=5',
    'A -> B: ACK   # a comment after the line',
    'A -X B: RST seq=0',
    'A -> B: ACK seq=1#c',
    'A->B:SYN+ACK#c',
    'A -> B: SYN seq=000000000001234',
    'A -> B: SYN,ACK seq=1 ack=2',
    'A -> B: SYN/ACK',
    'client -> server: FIN,PSH,ACK seq=825349919 ack=4134730791 len=1763 win=65536  # t=0.547178',
  ];
  for (const line of plainLines) {
    it(`reads '${line}' as the full parser does, with nothing to report`, () => {
      const both = readBothWays(line);
      assert.ok(both.plain, 'a plain line is read by the plain reader');
      assertSameWhenPlain(line, both);
    });
  }

  // Lines the full parser reads differently or reports on: the plain path must leave every one to it.
  const otherLines = [
    'A -> B: syn',
    'A -> B: Ack seq=1',
    'A -> B: SYN+SYN',
    'A -> B: SYN ACK',
    'A -> B: SYN+',
    'A -> B: SYN,',
    'A -> B: SYN+,ACK',
    'A -> B: SYN;ACK',
    'A -> B: ACK 5',
    'A -> B: ACK=5',
    'A -> B: ack=5',
    'A -> B: SYN seq=1 seq=2',
    'A -> B: SYN SEQ=1',
    'A -> B: SYN seq 1',
    'A -> B: SYN seq=',
    'A -> B: SYN seq=4294967296',
    'A -> B: SYN seq=-1',
    'A -> B: SYN seq=0x10',
    'A -> B: SYN sequence=1',
    'A -> B: SYN "label"',
    'A ~> B: SYN as s1',
    'A -> B: SYN seq=1 "label"',
    'A -> B: SYNACK',
    'A -> B SYN',
    'A -> 서버: SYN',
    'A => B: SYN',
    'A -> B: SYN seq=1 ACK',
    'A -> B: SYN seq=1 x',
    'A -> B: ACK seq=10len=5',
    'A -> B: ACK seq=10k',
    'A -> B: ACK seq=1.5',
    'A -> B: ACK seq=1é',
    'A é-> B: SYN',
    'A -> B: SYN\u00a0seq=1',
    'A -> B: # only a comment',
  ];
  for (const line of otherLines) {
    it(`leaves '${line}' to the full parser`, () => {
      assert.strictEqual(readBothWays(line).plain, undefined);
    });
  }

  it('never reads past the end of its line', () => {
    for (const [line, next] of [
      ['A -> B: ACK seq', '=1'],
      ['A -> B: ACK seq=', '1'],
      ['A -> B: SYN+', 'ACK'],
      ['A -> B:', 'SYN'],
      ['A -> B', ': SYN'],
      ['A -', '> B: SYN'],
    ] as const) {
      const text = `${line}\n${next}`;
      assert.strictEqual(new PlainSegmentReader(new LineCursor(text, new LineTokens(), [])).read(0, line.length, 0), undefined, line);
    }
  });

  it('takes what the full parser reads the same, and only that, on 20,000 seeded near misses', () => {
    const random = lcg(20261207);
    const pieces = [' ', '  ', '\t', '\v', 'A', 'B', 'x', '_', '9', '->', '-x', '-X', '~>', '-', '>', '~', ':', '+', ',', '/', '=', '.', '"', '#', ' # t=0.5', 'SYN', 'ACK', 'FIN', 'RST', 'Syn', 'ack', 'seq', 'len', 'win', 'wscale', 'SEQ', 'as', '0', '100', '0001', '4294967295', '4294967296', '99999999999', 'é', '한', '\u00a0', '\u3000'];
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      let line = plainLines[Math.floor(random() * plainLines.length)]!;
      for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
        const at = Math.floor(random() * (line.length + 1));
        const choice = random();
        if (choice < 0.5) {
          line = line.slice(0, at) + pieces[Math.floor(random() * pieces.length)]! + line.slice(at);
        } else if (choice < 0.8) {
          line = line.slice(0, at) + line.slice(at + 1 + Math.floor(random() * 3));
        } else {
          line = line.slice(0, at) + pieces[Math.floor(random() * pieces.length)]! + line.slice(at + 1);
        }
      }
      const both = readBothWays(line);
      assertSameWhenPlain(line, both);
      taken += both.plain ? 1 : 0;
    }
    // Enough of the near misses are still plain for the comparison to mean something.
    assert.ok(taken > 2_000, `${taken} of 20,000 read by the plain reader`);
  });
});

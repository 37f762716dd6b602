import * as assert from 'assert';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { FIELD_NAMES, type SegmentEvent } from '../../../src/core/syntax/ast';
import { LineCursor } from '../../../src/core/syntax/cursor';
import { LineTokens, scanLine } from '../../../src/core/syntax/scanner';
import { parseSegment, readPlainSegment } from '../../../src/core/syntax/segment';

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

/** The line read both ways, each with a cursor of its own; `before` is scanned first into the same token buffer. */
function readBothWays(line: string, before?: string): { plain: SegmentEvent | undefined; full: SegmentEvent; fullDiagnostics: Diagnostic[]; plainDiagnostics: Diagnostic[] } {
  const tokens = new LineTokens();
  const plainDiagnostics: Diagnostic[] = [];
  if (before !== undefined) {
    scanLine(before, 0, before.length, 0, tokens, []);
  }
  scanLine(line, 0, line.length, 0, tokens, plainDiagnostics);
  const plain = readPlainSegment(new LineCursor(line, tokens, plainDiagnostics));
  const fullTokens = new LineTokens();
  const fullDiagnostics: Diagnostic[] = [];
  scanLine(line, 0, line.length, 0, fullTokens, fullDiagnostics);
  const full = parseSegment(new LineCursor(line, fullTokens, fullDiagnostics), undefined);
  return { plain, full, fullDiagnostics, plainDiagnostics };
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
  ];
  for (const line of plainLines) {
    it(`reads '${line}' as the full parser does, with nothing to report`, () => {
      const { plain, full, fullDiagnostics } = readBothWays(line);
      assert.deepStrictEqual(fullDiagnostics, []);
      assert.ok(plain, 'a plain line is read on the plain path');
      assert.deepStrictEqual(view(plain), view(full));
    });
  }

  // Lines the full parser reads differently or reports on: the plain path must leave every one to it.
  const otherLines = [
    'A -> B: syn',
    'A -> B: Ack seq=1',
    'A -> B: SYN+SYN',
    'A -> B: SYN,ACK',
    'A -> B: SYN/ACK',
    'A -> B: SYN ACK',
    'A -> B: SYN+',
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
  ];
  for (const line of otherLines) {
    it(`leaves '${line}' to the full parser`, () => {
      const { plain, plainDiagnostics } = readBothWays(line);
      assert.strictEqual(plain, undefined);
      assert.deepStrictEqual(plainDiagnostics, [], 'the plain path reports nothing');
    });
  }

  it("never reads an earlier line's tokens past the end of this one", () => {
    for (const [before, line] of [
      ['A -> B: ACK seq=1', 'A -> B: ACK seq'],
      ['A -> B: ACK seq=1', 'A -> B: ACK seq='],
      ['A -> B: SYN+ACK', 'A -> B: SYN+'],
      ['A -> B: SYN', 'A -> B:'],
    ] as const) {
      assert.strictEqual(readBothWays(line, before).plain, undefined, line);
    }
  });
});

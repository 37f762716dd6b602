import * as assert from 'assert';
import fc from 'fast-check';
import { escapeMermaidText } from '../../../src/core/diagram/escape';
import { segmentText, writeMermaidSegmentText } from '../../../src/core/diagram/segmentText';
import type { WireSegment } from '../../../src/core/model';
import { TCP_FLAGS } from '../../../src/core/tcp/flags';
import { HOSTILE_TEXTS } from './escape.test';

const wires: fc.Arbitrary<WireSegment> = fc.record({
  flags: fc.subarray([...TCP_FLAGS], { minLength: 1 }),
  seq: fc.nat({ max: 0xffffffff }),
  ack: fc.option(fc.nat({ max: 0xffffffff }), { nil: undefined }),
  len: fc.nat({ max: 70000 }),
  win: fc.oneof(fc.constant(65535), fc.nat({ max: 0xffff })),
  computed: fc.constant({ seq: false, ack: false }),
  impliedAck: fc.constant(false),
  keepAlive: fc.constant(false),
});

const labels = fc.option(fc.oneof(fc.constantFrom(...HOSTILE_TEXTS), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 12 })), {
  nil: undefined,
});

describe('segment text', () => {
  it('reads like the RFC figures, label last', () => {
    const wire: WireSegment = { flags: ['SYN', 'ACK'], seq: 300, ack: 101, len: 10, win: 0, computed: { seq: false, ack: false }, impliedAck: false, keepAlive: false };
    assert.strictEqual(segmentText(wire, ' hello ', true), 'SYN,ACK seq=300 ack=101 len=10 win=0 “hello”');
    assert.strictEqual(segmentText(wire, undefined, false), 'SYN,ACK len=10 win=0');
  });

  it('as Mermaid text is the escape of the whole text, with nothing to trim (fuzzed)', () => {
    fc.assert(
      fc.property(wires, labels, fc.boolean(), (wire, label, showSeq) => {
        const text = segmentText(wire, label, showSeq);
        const pieces: (string | number)[] = [];
        writeMermaidSegmentText({ write: (piece) => pieces.push(piece) }, wire, label, showSeq);
        assert.strictEqual(pieces.join(''), escapeMermaidText(text.trim()));
        assert.strictEqual(text, text.trim());
      }),
      { numRuns: 500 },
    );
  });
});

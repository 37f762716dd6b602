import * as assert from 'assert';
import { seqAdd, seqDiff, seqGeq, seqGt, seqInWindow, seqLeq, seqLt } from '../../../src/core/tcp/sequence';

/** RFC 9293 §3.4: sequence numbers are modulo 2^32, and the space wraps. */
describe('engine: sequence number arithmetic', () => {
  const LAST = 2 ** 32 - 1;

  it('adds modulo 2^32, past the last number and before the first', () => {
    assert.strictEqual(seqAdd(100, 1), 101);
    assert.strictEqual(seqAdd(LAST, 1), 0);
    assert.strictEqual(seqAdd(LAST, 101), 100);
    assert.strictEqual(seqAdd(0, -1), LAST);
    assert.strictEqual(seqAdd(5, -10), LAST - 4);
    assert.strictEqual(seqAdd(LAST, LAST), LAST - 1);
    assert.strictEqual(seqAdd(2 ** 31, 2 ** 31), 0);
  });

  it('compares across the wrap by the signed difference', () => {
    assert.strictEqual(seqDiff(5, LAST), 6);
    assert.ok(seqLt(LAST, 5));
    assert.ok(seqGt(5, LAST));
    assert.ok(seqLeq(7, 7) && seqGeq(7, 7));
    assert.ok(!seqLt(7, 7) && !seqGt(7, 7));
  });

  it('tells a number inside a window that wraps from one outside it', () => {
    assert.ok(seqInWindow(LAST - 5, LAST - 5, 10));
    assert.ok(seqInWindow(3, LAST - 5, 10));
    assert.ok(!seqInWindow(4, LAST - 5, 10));
    assert.ok(!seqInWindow(LAST - 6, LAST - 5, 10));
    assert.ok(!seqInWindow(100, 100, 0), 'an empty window holds nothing');
  });
});

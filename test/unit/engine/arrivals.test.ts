import * as assert from 'assert';
import type { DebtKind } from '../../../src/core/replay/debts';
import { codes, run, stateTable } from './support';

/**
 * Finer points of SEGMENT ARRIVES (RFC 9293 §3.10.7.4) and of the sender's
 * sequence space, each next to a near miss that must not change.
 */

const handshake = `
  |B: listen
  |A -> B: SYN
  |B -> A: SYN+ACK
  |A -> B: ACK`;

function messageOf(text: string, code: string): string {
  const d = run(text).all.find((x) => x.code === code);
  assert.ok(d, `expected a ${code}`);
  return JSON.stringify(d.message.args);
}

describe('engine arrivals', () => {
  describe('a zero receive window', () => {
    it('still takes a valid ACK riding on data, so SYN-RECEIVED reaches ESTABLISHED; the text is refused with an ACK', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK win=0
        |A -> B: ACK len=10`);
      assert.deepStrictEqual(stateTable(r).at(-1), 'ESTABLISHED ESTABLISHED');
      const d = r.all.find((x) => x.code === 'unacceptable-segment')!;
      assert.strictEqual(d.range.start.line, 3);
      assert.strictEqual(d.message.id, 'arrive.zeroWindow');
      assert.strictEqual(d.message.args['reply'], '<SEQ=301><ACK=101><CTL=ACK>');
      // The text was not taken: RCV.NXT did not move past it.
      assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 101);
    });

    it('takes the ACK of a FIN, and refuses the FIN itself', () => {
      const r = run(`${handshake}
        |B -> A: ACK win=0
        |A -> B: FIN`);
      assert.deepStrictEqual(stateTable(r).at(-1), 'FIN-WAIT-1 ESTABLISHED');
      assert.deepStrictEqual(codes(r.all, 'warning'), ['6:unacceptable-segment']);
      assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 101);
    });

    it('says the window is zero instead of printing an empty range', () => {
      const r = run(`${handshake}
        |B -> A: ACK win=0
        |A -> B: ACK seq=150 len=10`);
      const d = r.all.find((x) => x.code === 'unacceptable-segment')!;
      assert.strictEqual(d.message.id, 'arrive.zeroWindow.closed');
    });

    it('near miss: an open window accepts the text', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK
        |A -> B: ACK len=10`);
      assert.deepStrictEqual(codes(r.all, 'warning'), []);
      assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 111);
    });
  });

  describe('text on a SYN,ACK', () => {
    it('counts in the sender\'s SND.NXT as in the receiver\'s RCV.NXT, so the ACK of it is accepted', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK len=5
        |A -> B: ACK`);
      assert.deepStrictEqual(codes(r.all), []);
      assert.deepStrictEqual(stateTable(r).at(-1), 'ESTABLISHED ESTABLISHED');
      assert.strictEqual(r.steps[2]!.variables['B']!.SND_NXT, 306);
      assert.strictEqual(r.steps[3]!.variables['A']!.RCV_NXT, 306);
    });

    it('near miss: a plain SYN,ACK occupies one sequence number', () => {
      const r = run(handshake);
      assert.strictEqual(r.steps[2]!.variables['B']!.SND_NXT, 301);
    });
  });

  describe('a retransmitted SYN reaching SYN-RECEIVED', () => {
    const script = `
      |B: listen
      |A -> B: SYN
      |B -x A: SYN+ACK
      |A -> B: SYN`;

    it('is an old segment: answered with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, not a SYN,ACK', () => {
      const r = run(script);
      const d = r.all.find((x) => x.code === 'unacceptable-segment')!;
      assert.strictEqual(d.range.start.line, 3);
      assert.strictEqual(d.message.args['reply'], '<SEQ=301><ACK=101><CTL=ACK>');
      assert.deepStrictEqual(stateTable(r).at(-1), 'SYN-SENT SYN-RECEIVED');
      // The ACK is a may, not a must: no missing-reply at the end.
      assert.deepStrictEqual(codes(r.all, 'warning'), ['4:unacceptable-segment']);
    });

    it('near miss: the SYN,ACK sent again by the retransmission timer completes the handshake', () => {
      const r = run(`${script}
        |B -> A: SYN+ACK
        |A -> B: ACK`);
      assert.deepStrictEqual(stateTable(r).at(-1), 'ESTABLISHED ESTABLISHED');
      assert.deepStrictEqual(codes(r.all, 'error'), []);
    });
  });

  describe('an old duplicate with ack= but no ACK flag', () => {
    it('is told that the value has no meaning, as on any segment line', () => {
      const r = run(`${handshake}
        |dup A -> B: SYN seq=90 ack=5`);
      const d = r.all.find((x) => x.code === 'ack-mismatch')!;
      assert.ok(d, codes(r.all).join());
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [4, 27, 28]);
      assert.strictEqual(d.message.id, 'send.ackWithoutFlag');
    });

    it('near miss: with the ACK flag the value is carried', () => {
      const r = run(`${handshake}
        |dup A -> B: ACK seq=90 ack=5`);
      assert.deepStrictEqual(codes(r.all).filter((c) => c.endsWith('ack-mismatch')), []);
      const detail = r.steps.at(-1)!.detail;
      assert.ok(detail.kind === 'segment' && detail.wire.ack === 5);
    });
  });

  describe('out-of-order: an in-window segment beyond RCV.NXT', () => {
    const script = `${handshake}
      |A -x B: ACK len=10
      |A -> B: ACK len=10`;

    it('is held, with a hint of its own, not reported as unacceptable', () => {
      const r = run(script);
      assert.deepStrictEqual(codes(r.all), ['6:out-of-order']);
      assert.strictEqual(r.all[0]!.severity, 'hint');
      assert.match(messageOf(script, 'out-of-order'), /<SEQ=301><ACK=101><CTL=ACK>/);
    });

    it('near miss: the retransmission fills the gap and both segments are acknowledged', () => {
      const r = run(`${script}
        |B -> A: ACK
        |A -> B: ACK seq=101 len=10
        |B -> A: ACK ack=121`);
      assert.deepStrictEqual(codes(r.all), ['6:out-of-order']);
    });

    it('near miss: beyond the window it is unacceptable', () => {
      const r = run(`${handshake}
        |B -> A: ACK win=10
        |A -> B: ACK seq=200 len=10`);
      assert.deepStrictEqual(codes(r.all), ['6:seq-mismatch', '6:unacceptable-segment']);
    });
  });

  describe('the reply owed since a line', () => {
    it('keeps the RCV.NXT the host had on that line, even when more arrives before it is sent', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK
        |B -> A: ACK len=10`);
      const d = r.all.find((x) => x.code === 'missing-reply')!;
      assert.strictEqual(d.range.start.line, 2);
      assert.strictEqual(d.message.args['reply'], '<SEQ=101><ACK=301><CTL=ACK>');
    });

    it('near miss: text on the same segment is acknowledged by the same reply', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK len=5`);
      const d = r.all.find((x) => x.code === 'missing-reply')!;
      assert.strictEqual(d.message.args['reply'], '<SEQ=101><ACK=306><CTL=ACK>');
      const kinds: DebtKind[] = ['ACK'];
      assert.deepStrictEqual(r.steps.at(-1)!.owes['A'], kinds);
    });
  });
});

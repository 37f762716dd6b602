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
      // Its duplicate ACK is never written: a hint too, as an ACK of data may be delayed.
      assert.deepStrictEqual(codes(r.all), ['6:out-of-order', '6:missing-reply']);
      assert.deepStrictEqual(r.all.map((d) => d.severity), ['hint', 'hint']);
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
      assert.deepStrictEqual(codes(r.all), ['6:seq-mismatch', '6:beyond-peer-window', '6:unacceptable-segment', '6:missing-reply']);
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

  describe('a receive window smaller than the segment', () => {
    const opened = `
      |B: listen
      |A -> B: SYN seq=100 win=10
      |B -> A: SYN,ACK seq=300
      |A -> B: ACK win=10`;

    it('keeps the text inside the window and drops a FIN beyond it, so no CLOSE-WAIT', () => {
      const r = run(`${opened}
        |B -> A: FIN len=10`);
      assert.deepStrictEqual(stateTable(r).at(-1), 'ESTABLISHED FIN-WAIT-1');
      assert.strictEqual(r.steps.at(-1)!.variables['A']!.RCV_NXT, 311);
      const d = r.all.find((x) => x.code === 'unacceptable-segment')!;
      assert.strictEqual(d.message.id, 'arrive.beyondWindow');
      assert.strictEqual(d.message.args['beyond'], 1);
    });

    it('trims text beyond the window', () => {
      const r = run(`${opened}
        |B -> A: ACK len=20`);
      assert.strictEqual(r.steps.at(-1)!.variables['A']!.RCV_NXT, 311);
      // B is told at the sender; A's trimming follows from it and is listed after it.
      assert.deepStrictEqual(codes(r.all, 'warning'), ['5:beyond-peer-window']);
      assert.ok(r.all.some((d) => d.code === 'unacceptable-segment' && d.message.id === 'arrive.beyondWindow' && d.cause));
    });

    it('near miss: a segment that fills the window exactly is taken whole', () => {
      const r = run(`${opened}
        |B -> A: ACK len=10`);
      assert.strictEqual(r.steps.at(-1)!.variables['A']!.RCV_NXT, 311);
      assert.deepStrictEqual(codes(r.all, 'warning'), []);
    });
  });

  describe('a FIN on the SYN,ACK', () => {
    it('is CLOSE in SYN-RECEIVED: the sender counts the FIN and accepts the ACK of it', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN seq=100
        |B -> A: SYN,ACK,FIN seq=300 ack=101
        |A -> B: ACK`);
      assert.deepStrictEqual(stateTable(r).slice(2), ['CLOSE-WAIT FIN-WAIT-1', 'CLOSE-WAIT FIN-WAIT-2']);
      assert.deepStrictEqual(codes(r.all), []);
    });

    it('pays the FIN of a close written before the SYN,ACK went out, placed after the SYN,ACK\'s text', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B: close
        |B -> A: SYN+ACK len=4
        |B -> A: FIN
        |A -> B: ACK`);
      assert.deepStrictEqual(codes(r.all, 'error'), []);
      assert.deepStrictEqual(codes(r.all, 'warning'), []);
      assert.deepStrictEqual(stateTable(r).at(-1), 'CLOSE-WAIT FIN-WAIT-2');
      const fin = r.steps[4]!.detail;
      assert.ok(fin.kind === 'segment' && fin.wire.seq === 305, JSON.stringify(fin));
    });

    it('near miss: a FIN before the owed SYN,ACK is an error', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B: close
        |B -> A: FIN`);
      assert.deepStrictEqual(codes(r.all, 'error'), ['4:illegal-send']);
    });
  });

  describe('what may not be sent before the SYN,ACK', () => {
    it('a FIN on the opening SYN is an error on the FIN', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN,FIN seq=100`);
      const d = r.all.find((x) => x.code === 'illegal-send')!;
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [1, 12, 15]);
      assert.strictEqual(d.message.id, 'send.fin.onSyn');
      // Still put on the wire, with the ISS an active OPEN would have chosen.
      const wire = run(`
        |B: listen
        |A -> B: SYN,FIN`).steps[1]!.detail;
      assert.ok(wire.kind === 'segment' && wire.wire.seq === 100, JSON.stringify(wire));
      assert.strictEqual(stateTable(r).at(-1), 'CLOSED SYN-RECEIVED');
    });

    it('a bare ACK from SYN-RECEIVED that still owes its SYN,ACK is an error', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all, 'error'), ['3:illegal-send']);
    });

    it('near miss: the ACK after the SYN,ACK is a plain retransmission of the acknowledgment', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all, 'error'), []);
    });
  });

  describe('the Window field', () => {
    it('warns of a win= the 16 bits cannot carry, on the value, also on an old duplicate', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN win=70000
        |dup A -> B: SYN seq=5 win=65536`);
      assert.deepStrictEqual(codes(r.all).filter((c) => c.endsWith('window-out-of-range')), ['2:window-out-of-range', '3:window-out-of-range']);
      const d = r.all.find((x) => x.code === 'window-out-of-range')!;
      assert.deepStrictEqual([d.range.start.character, d.range.end.character], [16, 21]);
    });

    it('near miss: 65535 fits', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN win=65535`);
      assert.deepStrictEqual(codes(r.all).filter((c) => c.endsWith('window-out-of-range')), []);
    });
  });

  describe('the SEQ of a RST', () => {
    it('of an ABORT is SND.NXT, and the message says so rather than what the peer believes', () => {
      const r = run(`${handshake}
        |A -x B: ACK len=10
        |A -> B: RST seq=101`);
      const d = r.all.find((x) => x.code === 'seq-mismatch')!;
      assert.strictEqual(d.message.id, 'send.rstSeq');
      // 101 is B's RCV.NXT: B accepts the reset.
      assert.strictEqual(stateTable(r).at(-1), 'CLOSED CLOSED');
    });

    it('of an owed reply is the form §3.10.7 gives; a missing ACK on it is reported on the RST', () => {
      const r = run(`
        |A -> B: SYN
        |B -> A: RST`);
      const d = r.all.find((x) => x.code === 'ack-mismatch')!;
      assert.strictEqual(d.message.id, 'send.rstNeedsAck');
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [1, 8, 11]);
      const seq = run(`
        |A -> B: SYN
        |B -> A: RST,ACK seq=5`).all.find((x) => x.code === 'seq-mismatch')!;
      assert.strictEqual(seq.message.id, 'send.rstReplySeq');
    });
  });

  describe('a simultaneous open whose SYN,ACK had not gone out when the peer\'s arrived', () => {
    const crossed = `
      |A ~> B: SYN
      |B ~> A: SYN
      |deliver
      |deliver
      |A -> B: SYN,ACK`;

    it('owes a plain ACK of the peer\'s SYN instead, which completes the open', () => {
      const r = run(`${crossed}
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all), []);
      assert.deepStrictEqual(stateTable(r).slice(-2), ['SYN-RECEIVED ESTABLISHED', 'ESTABLISHED ESTABLISHED']);
    });

    it('is told, when it still sends a SYN,ACK from ESTABLISHED, that its SYN is already acknowledged', () => {
      const r = run(`${crossed}
        |B -> A: SYN,ACK`);
      const d = r.all.find((x) => x.code === 'illegal-send')!;
      assert.strictEqual(d.range.start.line, 5);
      assert.strictEqual(d.message.id, 'send.synAck.synAcked');
    });

    it('near miss: leaving the ACK out is a missing reply on the line that made it owed', () => {
      const r = run(crossed);
      assert.deepStrictEqual(codes(r.all), ['5:missing-reply']);
    });
  });

  describe('the RST an ABORT sends, written with ACK', () => {
    it('carries the RCV.NXT the host had before the ABORT deleted it, and a wrong ack= is told', () => {
      const data = `${handshake}
        |A -> B: ACK len=100
        |B: abort`;
      const r = run(`${data}
        |B -> A: RST,ACK`);
      const rst = r.steps.at(-1)!.detail;
      assert.ok(rst.kind === 'segment' && rst.wire.seq === 301 && rst.wire.ack === 201, JSON.stringify(rst));
      assert.deepStrictEqual(codes(r.all), []);
      assert.deepStrictEqual(codes(run(`${data}
        |B -> A: RST,ACK ack=999`).all), ['7:ack-mismatch']);
    });

    it('from SYN-RECEIVED refuses the active opener, whose ACK check it passes', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B: abort
        |B -> A: RST,ACK`);
      assert.deepStrictEqual(codes(r.all), []);
      assert.strictEqual(stateTable(r).at(-1), 'CLOSED CLOSED');
    });
  });

  describe('retransmissions', () => {
    const lost = `
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |A -x B: ACK seq=101 ack=301 len=100`;

    it('may be repackaged with new data after the old (§3.8.6)', () => {
      const r = run(`${lost}
        |A -> B: ACK seq=101 ack=301 len=150
        |B -> A: ACK seq=301 ack=251`);
      assert.deepStrictEqual(codes(r.all), []);
      assert.strictEqual(r.steps.at(-1)!.variables['A']!.SND_NXT, 251);
    });

    it('near miss: one starting before SND.UNA is a wrong seq', () => {
      const r = run(`${lost}
        |B -> A: ACK seq=301 ack=101
        |A -> B: ACK seq=100 ack=301 len=100`);
      assert.ok(codes(r.all).includes('7:seq-mismatch'), codes(r.all).join());
    });

    it('a FIN written with a low seq still follows all data sent, so the ACK of it is accepted', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN seq=100
        |B -> A: SYN,ACK seq=300 ack=101
        |A -> B: ACK seq=101 ack=301 len=50
        |B -> A: ACK seq=301 ack=151
        |A -> B: FIN,ACK seq=101 ack=301
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all).filter((c) => c.startsWith('7:')), []);
      assert.strictEqual(r.steps[5]!.variables['A']!.SND_NXT, 152);
    });
  });

  describe('a zero-window probe', () => {
    const probed = `
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101 win=1000
      |A -> B: ACK
      |A -> B: ACK len=1000
      |B -> A: ACK win=0
      |A -> B: ACK len=1 "probe"`;

    it('is refused and its octet sent again from the same SND.NXT once the window opens', () => {
      const r = run(`${probed}
        |B -> A: ACK win=0
        |B -> A: ACK win=4000 "update"
        |A -> B: ACK len=1000
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all), ['7:unacceptable-segment']);
      const resent = r.steps[9]!.detail;
      assert.ok(resent.kind === 'segment' && resent.wire.seq === 1101, JSON.stringify(resent));
      assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 2101);
    });

    it('refused, its octet goes out again on the FIN that follows, from the same SND.NXT', () => {
      const r = run(`${probed}
        |B -> A: ACK win=1000
        |A -> B: FIN len=1
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all, 'warning'), ['7:unacceptable-segment']);
      const fin = r.steps[8]!.detail;
      assert.ok(fin.kind === 'segment' && fin.wire.seq === 1101, JSON.stringify(fin));
      assert.strictEqual(stateTable(r).at(-1), 'FIN-WAIT-2 CLOSE-WAIT');
    });

    it('taken after all by a receiver whose window had opened, its ACK is accepted', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN seq=100
        |B -> A: SYN,ACK seq=300 ack=101 win=0
        |B ~> A: ACK win=10 as update
        |A -> B: ACK len=1
        |deliver update
        |B -> A: ACK ack=102`);
      // A answers the early ACK with an ACK of its own (§3.10.7.4), which the story never writes.
      assert.deepStrictEqual(codes(r.all).filter((c) => !c.endsWith('unacceptable-segment')), ['7:missing-reply']);
    });
  });

  describe('keep-alive probes (§3.8.4)', () => {
    it('SND.NXT−1 with no octet or one garbage octet is answered with an ACK, as a hint', () => {
      const r = run(`${handshake}
        |A -> B: ACK seq=100
        |A -> B: ACK seq=100 len=1
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all), ['5:keep-alive', '6:keep-alive']);
    });

    it('near miss: the third ACK of the handshake written one too low is a wrong seq, not a keep-alive', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN+ACK
        |A -> B: ACK seq=100 ack=301`);
      assert.ok(codes(r.all).includes('4:seq-mismatch'), codes(r.all).join());
      assert.strictEqual(stateTable(r).at(-1), 'ESTABLISHED SYN-RECEIVED');
    });
  });

  describe('after the peer\'s FIN', () => {
    const halfClosed = `${handshake}
      |A -> B: FIN
      |B -> A: ACK`;

    it('another FIN is ignored with a warning and takes no sequence number, so the close goes on', () => {
      const r = run(`${halfClosed}
        |dup A -> B: FIN,ACK seq=102 ack=301
        |B -> A: FIN
        |A -> B: ACK`);
      assert.deepStrictEqual(codes(r.all, 'warning'), ['7:unacceptable-segment']);
      assert.strictEqual(r.steps[6]!.variables['B']!.RCV_NXT, 102);
      assert.strictEqual(stateTable(r).at(-1), 'TIME-WAIT CLOSED');
    });

    it('near miss: the FIN itself, once, is received', () => {
      const r = run(halfClosed);
      assert.strictEqual(stateTable(r).at(-1), 'FIN-WAIT-2 CLOSE-WAIT');
      assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 102);
    });
  });

  it('a SYN,ACK owed and never sent is shown with the ISS the engine chose', () => {
    const r = run(`
      |B: listen
      |A -> B: SYN`);
    const d = r.all.find((x) => x.code === 'missing-reply')!;
    assert.strictEqual(d.message.args['reply'], '<SEQ=300><ACK=101><CTL=SYN,ACK>');
  });

  describe('found in review', () => {
    it('a FIN after a window probe the receiver took lands after the probe\'s octet', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |B -> A: SYN,ACK win=0
        |A -> B: ACK
        |B -x A: ACK win=1000
        |A -> B: ACK len=1
        |B -x A: ACK
        |A -> B: FIN
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all, 'warning'), []);
      assert.strictEqual(stateTable(r).at(-1), 'FIN-WAIT-2 CLOSE-WAIT');
    });

    it('a retransmitted octet after a lost ACK is a duplicate, not a keep-alive: only its sender could say so', () => {
      const r = run(`${handshake}
        |A -> B: ACK len=1
        |B -x A: ACK
        |A -> B: ACK seq=101 len=1`);
      assert.deepStrictEqual(codes(r.all), ['7:unacceptable-segment', '7:missing-reply']);
    });

    it('a SYN repeated before the SYN,ACK went out owes nothing more than that SYN,ACK', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |A -> B: SYN
        |B -> A: SYN,ACK
        |A -> B: ACK`);
      assert.deepStrictEqual(codes(r.all), ['3:unacceptable-segment']);
      assert.strictEqual(stateTable(r).at(-1), 'ESTABLISHED ESTABLISHED');
    });

    it('a passive opener that has not sent its SYN,ACK answers an ACK with a RST instead of taking it', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN
        |A -> B: ACK ack=301`);
      assert.strictEqual(stateTable(r).at(-1), 'SYN-SENT SYN-RECEIVED');
      const d = r.all.find((x) => x.code === 'unacceptable-segment')!;
      assert.strictEqual(d.message.id, 'arrive.synReceived.synNotSent');
    });

    it('text on the SYN that connect owes counts in SND.NXT without seq=', () => {
      const r = run(`
        |B: listen
        |A: connect
        |A -> B: SYN len=10
        |B -> A: SYN,ACK
        |A -> B: ACK
        |B -> A: ACK`);
      assert.deepStrictEqual(codes(r.all), []);
      assert.strictEqual(r.steps[2]!.variables['A']!.SND_NXT, 111);
    });
  });

  describe('recovery after a mistake in the line', () => {
    it('a misspelt flag is one error: the segment is replayed as its did-you-mean', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN seq=100
        |B -> A: SYN+AKC seq=300 ack=101
        |A -> B: ACK
        |expect A ESTABLISHED, B ESTABLISHED`);
      assert.deepStrictEqual(codes(r.all), ['3:unknown-flag']);
    });

    it('near miss: a word that is no flag and near none is left out of the segment', () => {
      const r = run(`
        |B: listen
        |A -> B: SYN+QWERTYZ seq=100`);
      assert.deepStrictEqual(codes(r.all, 'error'), ['2:unknown-flag']);
      assert.strictEqual(stateTable(r).at(-1), 'SYN-SENT SYN-RECEIVED');
    });
  });
});

import * as assert from 'assert';
import { codes, run, stateTable } from './support';

/**
 * RFC 9293 Figures 6–13, each written as a script: every figure must replay
 * with no error and with exactly the states the figure prints at each line.
 */
describe('RFC 9293 figures', () => {
  it('Figure 6: basic three-way handshake', () => {
    const r = run(`
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |A -> B: ACK seq=101 ack=301 len=10 "data"
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(stateTable(r), [
      'CLOSED LISTEN',
      'SYN-SENT SYN-RECEIVED',
      'ESTABLISHED SYN-RECEIVED',
      'ESTABLISHED ESTABLISHED',
      'ESTABLISHED ESTABLISHED',
    ]);
    const wire = r.steps[4]!.detail.kind === 'segment' ? r.steps[4]!.detail.wire : undefined;
    assert.strictEqual(wire?.seq, 101);
  });

  it('Figure 6 with every number left to the engine computes the figure\'s numbers', () => {
    const r = run(`
      |B: listen
      |A -> B: SYN
      |B -> A: SYN+ACK
      |A -> B: ACK
      |A -> B: ACK len=10
    `);
    const wires = r.steps.map((s) => (s.detail.kind === 'segment' ? `${s.detail.wire.seq}/${s.detail.wire.ack ?? '-'}` : ''));
    assert.deepStrictEqual(wires, ['', '100/-', '300/101', '101/301', '101/301']);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
  });

  it("a given ISN takes its host's turn, so the peer's computed ISN is not the same number", () => {
    const r = run(`
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN+ACK
      |A -> B: ACK
    `);
    const wires = r.steps.map((s) => (s.detail.kind === 'segment' ? `${s.detail.wire.seq}/${s.detail.wire.ack ?? '-'}` : ''));
    assert.deepStrictEqual(wires, ['', '100/-', '300/101', '101/301']);
  });

  it('Figure 7: simultaneous connection synchronization', () => {
    const r = run(`
      |A ~> B: SYN seq=100 as a_syn
      |B -> A: SYN seq=300
      |deliver a_syn
      |A ~> B: SYN,ACK seq=100 ack=301 as a_synack
      |B -> A: SYN,ACK seq=300 ack=101
      |deliver a_synack
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(stateTable(r), [
      'SYN-SENT CLOSED',
      'SYN-RECEIVED SYN-SENT',
      'SYN-RECEIVED SYN-RECEIVED',
      'SYN-RECEIVED SYN-RECEIVED',
      'ESTABLISHED SYN-RECEIVED',
      'ESTABLISHED ESTABLISHED',
    ]);
  });

  it('Figure 8: recovery from old duplicate SYN', () => {
    const r = run(`
      |B: listen
      |A ~> B: SYN seq=100 as syn
      |dup A -> B: SYN seq=90
      |B -> A: SYN,ACK seq=300 ack=91
      |A -> B: RST seq=91
      |deliver syn
      |B -> A: SYN,ACK seq=400 ack=101
      |A -> B: ACK seq=101 ack=401
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), ['4:unacceptable-segment']);
    assert.deepStrictEqual(stateTable(r), [
      'CLOSED LISTEN',
      'SYN-SENT LISTEN',
      'SYN-SENT SYN-RECEIVED',
      'SYN-SENT SYN-RECEIVED',
      'SYN-SENT LISTEN',
      'SYN-SENT SYN-RECEIVED',
      'ESTABLISHED SYN-RECEIVED',
      'ESTABLISHED ESTABLISHED',
    ]);
  });

  const established = `
      |B: listen
      |A -> B: SYN seq=99
      |B -> A: SYN,ACK seq=299 ack=100
      |A -> B: ACK seq=100 ack=300`;

  it('Figure 9: half-open connection discovery', () => {
    const r = run(`${established}
      |A: reboot
      |A -> B: SYN seq=400
      |B -> A: ACK seq=300 ack=100
      |A -> B: RST seq=100
      |A -> B: SYN seq=400
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(stateTable(r).slice(4), [
      'CLOSED ESTABLISHED',
      'SYN-SENT ESTABLISHED',
      'SYN-SENT ESTABLISHED',
      'SYN-SENT CLOSED',
      'SYN-SENT CLOSED',
    ]);
    // B answers the SYN with a challenge ACK, A answers the ACK with a RST, and the final SYN reaches a
    // CLOSED B, which owes a RST the script never sends (B's application has not listened again).
    assert.deepStrictEqual(codes(r.all, 'warning'), ['6:unacceptable-segment', '7:unacceptable-segment', '9:unacceptable-segment', '9:missing-reply']);
  });

  it('Figure 10: active side causes half-open connection discovery', () => {
    const r = run(`${established}
      |A: reboot
      |B -> A: ACK seq=300 ack=100 len=10
      |A -> B: RST seq=100
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(stateTable(r).slice(4), ['CLOSED ESTABLISHED', 'CLOSED ESTABLISHED', 'CLOSED CLOSED']);
  });

  it('Figure 11: old duplicate SYN initiates a reset on two passive sockets', () => {
    const r = run(`
      |A: listen
      |B: listen
      |dup A -> B: SYN seq=500
      |B -> A: SYN,ACK seq=800 ack=501
      |A -> B: RST seq=501
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(stateTable(r), ['LISTEN CLOSED', 'LISTEN LISTEN', 'LISTEN SYN-RECEIVED', 'LISTEN SYN-RECEIVED', 'LISTEN LISTEN']);
  });

  it('Figure 12: normal close sequence', () => {
    const r = run(`${established}
      |A: close
      |A -> B: FIN,ACK seq=100 ack=300
      |B -> A: ACK seq=300 ack=101
      |B: close
      |B -> A: FIN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |A: timeout
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(stateTable(r).slice(4), [
      'FIN-WAIT-1 ESTABLISHED',
      'FIN-WAIT-1 CLOSE-WAIT',
      'FIN-WAIT-2 CLOSE-WAIT',
      'FIN-WAIT-2 LAST-ACK',
      'TIME-WAIT LAST-ACK',
      'TIME-WAIT CLOSED',
      'CLOSED CLOSED',
    ]);
  });

  it('Figure 13: simultaneous close sequence', () => {
    const r = run(`${established}
      |A ~> B: FIN,ACK seq=100 ack=300 as a_fin
      |B -> A: FIN,ACK seq=300 ack=100
      |deliver a_fin
      |A ~> B: ACK seq=101 ack=301 as a_ack
      |B -> A: ACK seq=301 ack=101
      |deliver a_ack
      |A: timeout
      |B: timeout
    `);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(stateTable(r).slice(4), [
      'FIN-WAIT-1 ESTABLISHED',
      'CLOSING FIN-WAIT-1',
      'CLOSING CLOSING',
      'CLOSING CLOSING',
      'TIME-WAIT CLOSING',
      'TIME-WAIT TIME-WAIT',
      'CLOSED TIME-WAIT',
      'CLOSED CLOSED',
    ]);
  });
});

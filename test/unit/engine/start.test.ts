import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { formatText } from '../../../src/core/format';
import { english } from '../syntax/support';
import { codes, run, stateTable } from './support';

describe('start: a story that begins in an established connection', () => {
  it('both hosts begin in ESTABLISHED with the given SND.NXT, so a closing lesson needs no handshake', () => {
    const r = run(`
      |start ESTABLISHED A seq=1000 B seq=5000
      |A -> B: FIN seq=1000 ack=5000
      |B -> A: ACK seq=5000 ack=1001
      |B -> A: FIN seq=5000 ack=1001
      |A -> B: ACK seq=1001 ack=5001`);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(stateTable(r), ['FIN-WAIT-1 CLOSE-WAIT', 'FIN-WAIT-2 CLOSE-WAIT', 'TIME-WAIT LAST-ACK', 'TIME-WAIT CLOSED']);
    assert.deepStrictEqual(r.hosts.map((h) => h.name), ['A', 'B']);
  });

  it('the diagram and the initial snapshot show ESTABLISHED before the first event', () => {
    const a = analyze('start ESTABLISHED A B\nA -> B: ACK len=10\n');
    assert.deepStrictEqual(a.steps[0]!.before, { A: 'ESTABLISHED', B: 'ESTABLISHED' });
    assert.match(a.diagram.text, /ESTABLISHED/);
  });

  it('without seq= the engine chooses, as for a SYN, and computed fields follow', () => {
    const r = run(`
      |host A
      |host B
      |start ESTABLISHED
      |A -> B: ACK len=10`);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    const detail = r.steps[0]!.detail;
    assert.ok(detail.kind === 'segment');
    assert.strictEqual(detail.wire.seq, 101);
    assert.strictEqual(detail.wire.ack, 301);
  });

  it('a seq= that does not follow on is the usual warning, with the start as the reference', () => {
    const r = run(`
      |start ESTABLISHED A seq=1000 B seq=5000
      |A -> B: ACK seq=1200 ack=5000`);
    assert.deepStrictEqual(codes(r.all), ['2:seq-mismatch']);
  });

  it('wscale= on the start line lets windows past 65535 through once both ends give one', () => {
    const scaled = run(`
      |start ESTABLISHED A seq=1 wscale=7 B seq=1 wscale=7
      |A -> B: ACK win=1048576`);
    assert.deepStrictEqual(codes(scaled.all), []);
    const oneSided = run(`
      |start ESTABLISHED A seq=1 wscale=7 B seq=1
      |A -> B: ACK win=1048576`);
    assert.deepStrictEqual(codes(oneSided.all), ['2:window-out-of-range']);
  });

  describe('what is wrong with a start line', () => {
    it('only ESTABLISHED: a story reaches other states by its events', () => {
      const r = run('start FIN-WAIT-1 A B\n');
      assert.deepStrictEqual(codes(r.all), ['1:syntax']);
      assert.match(english(r.parseDiagnostics[0]!), /ESTABLISHED only, not in FIN-WAIT-1/);
      assert.deepStrictEqual([r.parseDiagnostics[0]!.range.start.character, r.parseDiagnostics[0]!.range.end.character], [6, 16]);
    });

    it('an unknown state, a missing state, a stray token', () => {
      assert.deepStrictEqual(codes(run('start ESTABLISH A B\n').all), ['1:unknown-state']);
      assert.deepStrictEqual(codes(run('start\n').all), ['1:syntax']);
      assert.deepStrictEqual(codes(run('start ESTABLISHED A seq=1 "x"\n').all), ['1:syntax']);
      assert.deepStrictEqual(codes(run('start ESTABLISHED A seq=x\n').all), ['1:syntax']);
    });

    it('after the first event, or twice', () => {
      assert.deepStrictEqual(codes(run('B: listen\nstart ESTABLISHED A B\n').all), ['2:header-after-event']);
      assert.deepStrictEqual(codes(run('start ESTABLISHED A B\nstart ESTABLISHED A B\nA -> B: ACK\n').all), ['2:syntax']);
    });
  });

  it('is formatted in canonical form', () => {
    const text = 'start   established A   seq=1000 wscale=7, B seq=5000\nA -> B: ack\n';
    assert.strictEqual(formatText(text, analyze(text)), 'start ESTABLISHED A seq=1000 wscale=7 B seq=5000\nA -> B: ACK\n');
  });
});

describe('wscale: the Window Scale option of a SYN (RFC 7323)', () => {
  it('once both SYNs carry it, windows up to 65535 << shift are fine; a SYN itself stays unscaled', () => {
    const r = run(`
      |B: listen
      |A -> B: SYN win=65535 wscale=7
      |B -> A: SYN+ACK win=65535 wscale=2
      |A -> B: ACK win=8388480
      |B -> A: ACK win=262140
      |B -> A: ACK win=262144`);
    assert.deepStrictEqual(codes(r.all), ['6:window-out-of-range']);
  });

  it('on a non-SYN, or past 14, it is a warning', () => {
    const r = run(`
      |B: listen
      |A -> B: SYN wscale=15
      |B -> A: SYN+ACK
      |A -> B: ACK wscale=3`);
    assert.deepStrictEqual(codes(r.all), ['2:window-out-of-range', '4:window-out-of-range']);
    assert.match(english(r.all.find((d) => d.range.start.line === 3)!), /only a SYN carries/);
  });
});

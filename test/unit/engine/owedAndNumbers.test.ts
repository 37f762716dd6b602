import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { shownWhileTyping, typedLine } from '../../../src/core/typing';
import { codes, dedent } from './support';

const OPEN = `
  |B: listen
  |A -> B: SYN
  |B -> A: SYN,ACK
  |A -> B: ACK`;

function check(text: string): ReturnType<typeof analyze> {
  return analyze(dedent(text));
}

describe('owed ACKs', () => {
  it('a challenge ACK that never comes is a missing reply (RFC 5961)', () => {
    const r = check(`${OPEN}
      |dup A -> B: RST seq=105`);
    assert.deepStrictEqual(codes(r.diagnostics, 'warning'), ['5:unacceptable-segment']);
    const missing = r.diagnostics.find((d) => d.code === 'missing-reply')!;
    assert.strictEqual(missing.message.args['reply'], '<SEQ=301><ACK=101><CTL=ACK>');
    assert.ok(missing.cause, 'it follows from the RST that called for it');
  });

  it('near miss: the challenge ACK written pays it', () => {
    const r = check(`${OPEN}
      |dup A -> B: RST seq=105
      |B -> A: ACK`);
    assert.deepStrictEqual(codes(r.diagnostics).filter((c) => c.endsWith('missing-reply')), []);
  });

  it('one cumulative ACK pays every ACK owed before it', () => {
    const r = check(`${OPEN}
      |A -> B: ACK len=5
      |A -> B: ACK len=5
      |A -> B: FIN
      |B -> A: ACK`);
    assert.deepStrictEqual(codes(r.diagnostics).filter((c) => c.endsWith('missing-reply')), []);
  });

  it('an ACK of data may wait until the end, and then is a hint', () => {
    const r = check(`${OPEN}
      |A -> B: ACK len=5`);
    const missing = r.diagnostics.filter((d) => d.code === 'missing-reply');
    assert.deepStrictEqual(missing.map((d) => [d.range.start.line + 1, d.severity, d.message.id]), [[5, 'hint', 'end.missingDataAck']]);
  });

  it('an ACK of FIN is owed for sure: a warning, with the line to add', () => {
    const r = check(`${OPEN}
      |A -> B: FIN`);
    const missing = r.diagnostics.find((d) => d.code === 'missing-reply')!;
    assert.strictEqual(missing.severity, 'warning');
    assert.strictEqual(missing.message.args['line'], 'B -> A: ACK');
    assert.strictEqual(missing.fixes?.[0]?.edits[0]?.newText, '\nB -> A: ACK');
  });

  it('a RST written where an ACK is owed says what was owed', () => {
    const r = check(`${OPEN}
      |A -> B: ACK len=5
      |B -> A: RST`);
    const d = r.diagnostics.find((x) => x.message.id === 'send.rst.insteadOfAck')!;
    assert.strictEqual(d.code, 'missing-reply');
    assert.strictEqual(d.range.start.line + 1, 6);
    assert.strictEqual(d.message.args['reply'], '<SEQ=301><ACK=106><CTL=ACK>');
    // The RST is still an ABORT: the TCP behaviour is unchanged.
    assert.strictEqual(r.steps.at(-1)!.states['B'], 'CLOSED');
  });
});

describe('numbers', () => {
  it('len= of 2^31 or more is an error (RFC 9293 §3.4), and the receiver does not wrap', () => {
    const r = check(`${OPEN}
      |A -> B: ACK len=4294967295`);
    const d = r.diagnostics.find((x) => x.message.id === 'send.lenTooLarge')!;
    assert.strictEqual(d.severity, 'error');
    assert.strictEqual(d.rfc, 'RFC 9293 §3.4');
    assert.strictEqual(r.steps.at(-1)!.variables['B']!.RCV_NXT, 101);
  });

  it('near miss: len=2147483647 is not flagged as too long', () => {
    const r = check(`${OPEN}
      |A -> B: ACK len=2147483647`);
    assert.strictEqual(r.diagnostics.filter((x) => x.message.id === 'send.lenTooLarge').length, 0);
  });

  it('data past the window the peer advertised warns at the sender', () => {
    const r = check(`
      |B: listen
      |A -> B: SYN
      |B -> A: SYN,ACK win=100
      |A -> B: ACK
      |A -> B: ACK len=150`);
    const d = r.diagnostics.find((x) => x.code === 'beyond-peer-window')!;
    assert.strictEqual(d.severity, 'warning');
    assert.strictEqual(d.range.start.line + 1, 5);
    assert.strictEqual(d.message.args['beyond'], 50);
    assert.strictEqual(r.diagnostics[0], d, 'the sender is told first');
  });

  it('near miss: data that fills the window exactly, and a probe into a zero window, are not flagged', () => {
    const r = check(`
      |B: listen
      |A -> B: SYN
      |B -> A: SYN,ACK win=100
      |A -> B: ACK
      |A -> B: ACK len=100
      |B -> A: ACK win=0
      |A -> B: ACK len=1`);
    assert.strictEqual(r.diagnostics.filter((x) => x.code === 'beyond-peer-window').length, 0);
  });
});

describe('quiet while typing', () => {
  it('a flag only begun (`SY`) is not replayed as if complete', () => {
    const r = check(`
      |B: listen
      |A -> B: SY`);
    assert.deepStrictEqual(codes(r.diagnostics), ['2:unknown-flag']);
    assert.strictEqual(r.steps.at(-1)!.states['B'], 'LISTEN');
  });

  it('near miss: a misspelt flag (`SNY`) is still replayed as its did-you-mean', () => {
    const r = check(`
      |B: listen
      |A -> B: SNY`);
    assert.strictEqual(r.steps.at(-1)!.states['B'], 'SYN-RECEIVED');
  });

  it('a segment line with a syntax error is not replayed, and what follows points at it', () => {
    const r = check(`
      |B: listen
      |A -> B SYN
      |expect B SYN-RECEIVED`);
    assert.strictEqual(r.steps.at(-1)!.states['B'], 'LISTEN');
    const expect = r.diagnostics.find((d) => d.code === 'expect-mismatch')!;
    assert.strictEqual(expect.cause?.range.start.line, 1);
  });

  it('hides the line being typed and what only follows from it, nothing else', () => {
    const r = check(`
      |B: listen
      |A -> B: SYN seq=100 win=70000
      |B -> A: SYN,ACK ack=105
      |expect A ESTABLISHED`);
    const all = r.diagnostics.map((d) => d.range.start.line);
    assert.ok(all.includes(1) && all.includes(2) && all.includes(3));
    const shown = shownWhileTyping(r.diagnostics, 2);
    assert.ok(shown.every((d) => d.range.start.line !== 2 && d.cause?.range.start.line !== 2));
    assert.ok(shown.some((d) => d.range.start.line === 1), 'an unrelated problem still shows');
    assert.ok(!shown.some((d) => d.range.start.line === 3), 'the expect that fails because of the line being typed waits');
    assert.deepStrictEqual(shownWhileTyping(r.diagnostics, undefined), r.diagnostics);
  });

  it('counts a keystroke as typing, not a paste or a new line', () => {
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 3, text: 'S' }]), 3);
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 3, text: '' }]), 3);
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 3, text: '\n' }]), undefined);
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 3, text: 'A -> B: SYN' }]), undefined);
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 4, text: '' }]), undefined);
    assert.strictEqual(typedLine([{ startLine: 3, endLine: 3, text: 'S' }, { startLine: 5, endLine: 5, text: 'S' }]), undefined);
  });
});

describe('quick fixes of this round', () => {
  function applyFirstFix(text: string, messageId: string): string {
    const source = dedent(text);
    const d = analyze(source).diagnostics.find((x) => x.message.id === messageId)!;
    assert.ok(d?.fixes?.[0], `a fix for ${messageId}`);
    const edit = d.fixes[0].edits[0]!;
    const lines = source.split('\n');
    const line = lines[edit.range.start.line]!;
    lines[edit.range.start.line] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    return lines.join('\n');
  }

  it('a FIN from SYN-SENT is fixed to `A: close`, which clears the error', () => {
    const fixed = applyFirstFix(`
      |A: connect
      |A -> B: FIN`, 'send.fin.notSynchronized');
    assert.strictEqual(fixed.split('\n')[1], 'A: close');
    assert.deepStrictEqual(analyze(fixed).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('offers no reply line to insert when the script has one host', () => {
    const r = check(`
      |A: connect`);
    const missing = r.diagnostics.find((d) => d.code === 'missing-reply')!;
    assert.strictEqual(missing.fixes, undefined);
  });
});

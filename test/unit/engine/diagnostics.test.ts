import * as assert from 'assert';
import type { Diagnostic, TextEdit } from '../../../src/core/diagnostics';
import { codes, dedent, run } from './support';

const handshake = `
  |B: listen
  |A -> B: SYN
  |B -> A: SYN+ACK
  |A -> B: ACK`;

/** The diagnostics of a given code, as `line:code`. */
function only(text: string, code: string): string[] {
  return codes(run(text).all).filter((c) => c.endsWith(`:${code}`));
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offsetOf = (line: number, character: number): number => {
    let offset = 0;
    for (let i = 0; i < line && i < lines.length; i++) {
      offset += lines[i]!.length + 1;
    }
    return offset + Math.min(character, lines[line]?.length ?? 0);
  };
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of sorted) {
    const start = offsetOf(edit.range.start.line, edit.range.start.character);
    const end = offsetOf(edit.range.end.line, edit.range.end.character);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}

/** Applies the first fix of the first diagnostic with `code`, and checks that diagnostic is gone. */
function fixClears(text: string, code: string): string {
  const source = dedent(text);
  const before = run(source).all.find((d) => d.code === code);
  assert.ok(before, `expected a ${code}`);
  assert.ok(before.fixes && before.fixes.length > 0, `expected a fix for ${code}`);
  const fixed = applyEdits(source, before.fixes[0]!.edits);
  const after = run(fixed).all.filter((d: Diagnostic) => d.code === code);
  assert.deepStrictEqual(after.map((d) => d.range.start.line), [], `fix left:\n${fixed}`);
  return fixed;
}

describe('engine diagnostics', () => {
  describe('illegal-send', () => {
    it('a SYN from ESTABLISHED, on the SYN token, with the line that made A ESTABLISHED', () => {
      const r = run(`${handshake}
        |A -> B: SYN`);
      const d = r.all.find((x) => x.code === 'illegal-send')!;
      assert.strictEqual(d.severity, 'error');
      assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [4, 8, 11]);
      assert.strictEqual(d.related?.[0]?.range.start.line, 2);
      assert.match(d.rfc, /^RFC 9293 §3\.10/);
    });
    it('data and FIN before the connection is synchronized', () => {
      assert.deepStrictEqual(only(`
        |A -> B: SYN
        |A -> B: ACK len=10`, 'illegal-send'), ['2:illegal-send']);
      assert.deepStrictEqual(only(`
        |A -> B: FIN`, 'illegal-send'), ['1:illegal-send']);
    });
    it('sending after the connection is gone', () => {
      assert.deepStrictEqual(only(`${handshake}
        |A: abort
        |A -> B: RST
        |A -> B: ACK len=5`, 'illegal-send'), ['7:illegal-send']);
    });
    it('near miss: data in ESTABLISHED and CLOSE-WAIT is fine', () => {
      assert.deepStrictEqual(only(`${handshake}
        |A -> B: ACK len=10
        |B -> A: ACK
        |A -> B: FIN
        |B -> A: ACK len=3`, 'illegal-send'), []);
    });
    it('an illegal step leaves the sender as it was, and the segment still arrives', () => {
      const r = run(`
        |B: listen
        |A -> B: ACK len=1`);
      assert.deepStrictEqual(codes(r.all), ['2:illegal-send', '2:unacceptable-segment', '2:missing-reply']);
      assert.strictEqual(r.steps[1]!.states.A, 'CLOSED');
    });
  });

  it('illegal-action: listen while connected; near miss: listen when closed', () => {
    assert.deepStrictEqual(only(`${handshake}
      |B: listen`, 'illegal-action'), ['5:illegal-action']);
    assert.deepStrictEqual(only(`B: listen`, 'illegal-action'), []);
  });

  it('nothing-in-flight and unknown-segment', () => {
    assert.deepStrictEqual(only(`deliver`, 'nothing-in-flight'), ['1:nothing-in-flight']);
    assert.deepStrictEqual(only(`
      |B: listen
      |A ~> B: SYN as s
      |deliver`, 'nothing-in-flight'), []);
    assert.deepStrictEqual(only(`
      |B: listen
      |A ~> B: SYN as s
      |deliver t
      |deliver s`, 'unknown-segment'), ['3:unknown-segment']);
  });

  it('expect-mismatch, with a fix that makes it hold', () => {
    const script = `
      |B: listen
      |A -> B: SYN
      |expect A ESTABLISHED, B SYN_RCVD`;
    assert.deepStrictEqual(only(script, 'expect-mismatch'), ['3:expect-mismatch']);
    fixClears(script, 'expect-mismatch');
    assert.deepStrictEqual(only(`
      |B: listen
      |A -> B: SYN
      |expect A syn-sent, B SYN_RCVD`, 'expect-mismatch'), []);
  });

  it('unacceptable-segment: a SYN to a closed port, fixed by adding the listen', () => {
    const script = `
      |A -> B: SYN`;
    assert.deepStrictEqual(only(script, 'unacceptable-segment'), ['1:unacceptable-segment']);
    fixClears(script, 'unacceptable-segment');
  });

  it('seq-mismatch and ack-mismatch, each with a fix', () => {
    const seq = `${handshake}
      |A -> B: ACK seq=7 len=1`;
    assert.deepStrictEqual(only(seq, 'seq-mismatch'), ['5:seq-mismatch']);
    fixClears(seq, 'seq-mismatch');
    const ack = `${handshake}
      |A -> B: ACK ack=999`;
    assert.deepStrictEqual(only(ack, 'ack-mismatch'), ['5:ack-mismatch']);
    fixClears(ack, 'ack-mismatch');
    assert.deepStrictEqual(only(`${handshake}
      |A -> B: ACK seq=101 ack=301`, 'seq-mismatch'), []);
  });

  it('missing-reply: the ACK of a FIN never comes; the fix inserts it', () => {
    const script = `${handshake}
      |A -> B: FIN`;
    assert.deepStrictEqual(only(script, 'missing-reply'), ['5:missing-reply']);
    fixClears(script, 'missing-reply');
  });

  it('in-flight-at-end', () => {
    assert.deepStrictEqual(only(`
      |B: listen
      |A ~> B: SYN`, 'in-flight-at-end'), ['2:in-flight-at-end']);
  });

  it('zero-isn and predictable-isn hints', () => {
    assert.deepStrictEqual(only(`
      |B: listen
      |A -> B: SYN seq=0`, 'zero-isn'), ['2:zero-isn']);
    assert.deepStrictEqual(only(`
      |B: listen
      |A -> B: SYN seq=100`, 'zero-isn'), []);
    assert.deepStrictEqual(only(`${handshake}
      |A -> B: ACK len=50
      |A: abort
      |A -> B: RST
      |B: listen
      |A -> B: SYN seq=120`, 'predictable-isn'), ['9:predictable-isn']);
  });

  it('time-wait-at-end and implied-ack hints', () => {
    const r = run(`${handshake}
      |A -> B: FIN
      |B -> A: ACK
      |B -> A: FIN
      |A -> B: ACK`);
    assert.deepStrictEqual(codes(r.all, 'hint'), ['5:implied-ack', '7:time-wait-at-end']);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
  });

  it('hosts: a third host, an unknown host in expect, a duplicate declaration, a self-send', () => {
    assert.deepStrictEqual(only(`${handshake}
      |A -> C: ACK`, 'third-host'), ['5:third-host']);
    fixClears(`
      |client: listen
      |server: listen
      |clinet: close`, 'third-host');
    assert.deepStrictEqual(only(`${handshake}
      |expect Q CLOSED`, 'unknown-host'), ['5:unknown-host']);
    assert.deepStrictEqual(only(`
      |host A
      |host A`, 'duplicate-host'), ['2:duplicate-host']);
    assert.deepStrictEqual(only(`A -> A: SYN`, 'self-send'), ['1:self-send']);
  });

  it('an unknown host in a script with no hosts says so, rather than listing none', () => {
    const d = run('note A "x"').all.find((x) => x.code === 'unknown-host')!;
    assert.strictEqual(d.message.id, 'host.unknown.none');
  });

  it('a stray control character is named by its code point, never printed raw', () => {
    const d = run('A -> B: SYN \u001b').all.find((x) => x.message.id === 'syntax.unexpectedCharacter')!;
    assert.strictEqual(d.message.args['char'], 'U+001B');
  });
});

describe('the seed lesson', () => {
  it('3-way handshake: Client SYN-SENT, Server SYN-RECEIVED, both ESTABLISHED', () => {
    const r = run(`
      |host client "Client"
      |host server "Server"
      |server: listen
      |client -> server: SYN
      |server -> client: SYN+ACK
      |client -> server: ACK`);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(r.steps.map((s) => `${s.states.client} ${s.states.server}`), [
      'CLOSED LISTEN',
      'SYN-SENT SYN-RECEIVED',
      'ESTABLISHED SYN-RECEIVED',
      'ESTABLISHED ESTABLISHED',
    ]);
  });

  it('4-way handshake with data still sent in CLOSE-WAIT', () => {
    const r = run(`
      |server: listen
      |client -> server: SYN
      |server -> client: SYN+ACK
      |client -> server: ACK
      |client -> server: FIN
      |server -> client: ACK
      |server -> client: ACK len=100 "the rest"
      |client -> server: ACK
      |server -> client: FIN
      |client -> server: ACK
      |client: timeout`);
    assert.deepStrictEqual(codes(r.all, 'error'), []);
    assert.deepStrictEqual(codes(r.all, 'warning'), []);
    assert.deepStrictEqual(r.steps.slice(4).map((s) => `${s.states.client} ${s.states.server}`), [
      'FIN-WAIT-1 CLOSE-WAIT',
      'FIN-WAIT-2 CLOSE-WAIT',
      'FIN-WAIT-2 CLOSE-WAIT',
      'FIN-WAIT-2 CLOSE-WAIT',
      'TIME-WAIT LAST-ACK',
      'TIME-WAIT CLOSED',
      'CLOSED CLOSED',
    ]);
  });
});

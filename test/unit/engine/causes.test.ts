import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic, Severity } from '../../../src/core/diagnostics';
import { formatJson } from '../../../src/cli/report';
import { dedent } from './support';

/**
 * One mistake in a correct story (a wrong number, a missing line, a wrong
 * expect): its cause is the first problem in the Problems panel's order
 * (severity, then position), and every other problem points at it.
 */

const HANDSHAKE = dedent(`
  |host client
  |host server
  |server: listen
  |client -> server: SYN seq=100
  |expect client SYN-SENT, server SYN-RECEIVED
  |server -> client: SYN,ACK seq=300 ack=101
  |expect client ESTABLISHED, server SYN-RECEIVED
  |client -> server: ACK seq=101 ack=301
  |expect client ESTABLISHED, server ESTABLISHED`);

const CLOSE = dedent(`
  |host client
  |host server
  |server: listen
  |client -> server: SYN seq=100
  |server -> client: SYN,ACK seq=300 ack=101
  |client -> server: ACK seq=101 ack=301
  |expect client ESTABLISHED, server ESTABLISHED
  |client: close
  |client -> server: FIN,ACK seq=101 ack=301
  |expect client FIN-WAIT-1, server CLOSE-WAIT
  |server -> client: ACK seq=301 ack=102
  |expect client FIN-WAIT-2, server CLOSE-WAIT
  |server: close
  |server -> client: FIN,ACK seq=301 ack=102
  |expect client TIME-WAIT, server LAST-ACK
  |client -> server: ACK seq=102 ack=302
  |expect client TIME-WAIT, server CLOSED
  |client: timeout`);

const DATA = dedent(`
  |host client
  |host server
  |server: listen
  |client -> server: SYN seq=100
  |server -> client: SYN,ACK seq=300 ack=101
  |client -> server: ACK seq=101 ack=301
  |client -> server: ACK seq=101 ack=301 len=10 "hello"
  |expect client ESTABLISHED, server ESTABLISHED
  |server -> client: ACK seq=301 ack=111 len=20 "reply"
  |client -> server: ACK seq=111 ack=321
  |client: close
  |client -> server: FIN,ACK seq=111 ack=321
  |expect client FIN-WAIT-1, server CLOSE-WAIT
  |server -> client: ACK seq=321 ack=112
  |expect client FIN-WAIT-2, server CLOSE-WAIT`);

interface Mistake {
  readonly name: string;
  readonly story: string;
  readonly from: string;
  readonly to: string;
  /** The 1-based line the root must be on. */
  readonly rootLine: number;
  /** The root's code. */
  readonly code: string;
}

const MISTAKES: readonly Mistake[] = [
  // The handshake.
  { name: 'handshake, SYN,ACK acknowledges octets never sent', story: HANDSHAKE, from: 'seq=300 ack=101', to: 'seq=300 ack=105', rootLine: 6, code: 'ack-mismatch' },
  { name: 'handshake, SYN,ACK with the client ISN as ack', story: HANDSHAKE, from: 'seq=300 ack=101', to: 'seq=300 ack=100', rootLine: 6, code: 'ack-mismatch' },
  { name: 'handshake, final ACK with a seq never reached', story: HANDSHAKE, from: 'ACK seq=101 ack=301', to: 'ACK seq=150 ack=301', rootLine: 8, code: 'seq-mismatch' },
  { name: 'handshake, final ACK acknowledging the wrong number', story: HANDSHAKE, from: 'ACK seq=101 ack=301', to: 'ACK seq=101 ack=305', rootLine: 8, code: 'ack-mismatch' },
  { name: 'handshake, missing listen', story: HANDSHAKE, from: 'server: listen\n', to: '', rootLine: 3, code: 'unacceptable-segment' },
  { name: 'handshake, missing SYN,ACK', story: HANDSHAKE, from: 'server -> client: SYN,ACK seq=300 ack=101\n', to: '', rootLine: 4, code: 'missing-reply' },
  { name: 'handshake, missing SYN', story: HANDSHAKE, from: 'client -> server: SYN seq=100\n', to: '', rootLine: 4, code: 'expect-mismatch' },
  { name: 'handshake, missing final ACK', story: HANDSHAKE, from: 'client -> server: ACK seq=101 ack=301\n', to: '', rootLine: 6, code: 'missing-reply' },
  { name: 'handshake, wrong expect', story: HANDSHAKE, from: 'expect client ESTABLISHED, server SYN-RECEIVED', to: 'expect client ESTABLISHED, server ESTABLISHED', rootLine: 7, code: 'expect-mismatch' },
  // The close.
  { name: 'close, ACK of the FIN acknowledges one too many', story: CLOSE, from: 'ACK seq=301 ack=102', to: 'ACK seq=301 ack=103', rootLine: 11, code: 'ack-mismatch' },
  { name: 'close, final ACK does not cover the FIN', story: CLOSE, from: 'ACK seq=102 ack=302', to: 'ACK seq=102 ack=301', rootLine: 16, code: 'ack-mismatch' },
  { name: 'close, server FIN from a seq never reached', story: CLOSE, from: 'FIN,ACK seq=301 ack=102', to: 'FIN,ACK seq=305 ack=102', rootLine: 14, code: 'seq-mismatch' },
  { name: 'close, missing ACK of the FIN', story: CLOSE, from: 'server -> client: ACK seq=301 ack=102\n', to: '', rootLine: 11, code: 'expect-mismatch' },
  { name: 'close, missing final ACK', story: CLOSE, from: 'client -> server: ACK seq=102 ack=302\n', to: '', rootLine: 14, code: 'missing-reply' },
  { name: 'close, missing client FIN', story: CLOSE, from: 'client -> server: FIN,ACK seq=101 ack=301\n', to: '', rootLine: 8, code: 'missing-reply' },
  { name: 'close, wrong expect', story: CLOSE, from: 'expect client FIN-WAIT-2, server CLOSE-WAIT', to: 'expect client FIN-WAIT-1, server CLOSE-WAIT', rootLine: 12, code: 'expect-mismatch' },
  // Data transfer.
  { name: 'data, acknowledging more than arrived', story: DATA, from: 'ack=111 len=20', to: 'ack=115 len=20', rootLine: 9, code: 'ack-mismatch' },
  { name: 'data, sending from a seq never reached', story: DATA, from: 'ACK seq=101 ack=301 len=10', to: 'ACK seq=105 ack=301 len=10', rootLine: 7, code: 'seq-mismatch' },
  { name: 'data, the client acknowledging octets never sent', story: DATA, from: 'ACK seq=111 ack=321', to: 'ACK seq=111 ack=331', rootLine: 10, code: 'ack-mismatch' },
  { name: 'data, missing handshake ACK and data', story: DATA, from: 'client -> server: ACK seq=101 ack=301 len=10 "hello"\n', to: '', rootLine: 8, code: 'ack-mismatch' },
  { name: 'data, missing reply data', story: DATA, from: 'server -> client: ACK seq=301 ack=111 len=20 "reply"\n', to: '', rootLine: 9, code: 'ack-mismatch' },
  { name: 'data, wrong expect', story: DATA, from: 'expect client FIN-WAIT-1, server CLOSE-WAIT', to: 'expect client FIN-WAIT-2, server CLOSE-WAIT', rootLine: 13, code: 'expect-mismatch' },
];

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, hint: 2 };

/** VS Code's Problems panel: severity first, then position. */
function panelOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

/** Teaching notes a correct story has too; they follow from nothing. */
const TEACHING = new Set(['time-wait-at-end', 'zero-isn', 'predictable-isn', 'implied-ack']);

describe('causes: one mistake is one problem, listed first', () => {
  for (const story of [HANDSHAKE, CLOSE, DATA]) {
    it(`the correct story has no problem (${story.split('\n').length} lines)`, () => {
      assert.deepStrictEqual(analyze(story).diagnostics.filter((d) => !TEACHING.has(d.code)).map((d) => d.code), []);
    });
  }

  for (const mistake of MISTAKES) {
    it(mistake.name, () => {
      assert.ok(mistake.story.includes(mistake.from), 'the mutation applies');
      const text = mistake.story.replace(mistake.from, mistake.to);
      const problems = analyze(text).diagnostics.filter((d) => !TEACHING.has(d.code));
      assert.ok(problems.length > 0, 'the mistake is noticed');
      const [first, ...rest] = panelOrder(problems);
      assert.strictEqual(`${first!.range.start.line + 1}:${first!.code}`, `${mistake.rootLine}:${mistake.code}`);
      assert.strictEqual(first!.cause, undefined, 'the root follows from nothing');
      for (const d of rest) {
        assert.ok(d.cause, `${d.range.start.line + 1}:${d.code} carries its cause`);
        assert.deepStrictEqual(d.cause.range, first!.range, `${d.range.start.line + 1}:${d.code} points at the root`);
        assert.ok(RANK[d.severity] >= RANK[first!.severity], 'never more severe than its cause');
      }
      // The CLI's JSON says the same, and lists the root first.
      const json = JSON.parse(formatJson([{ path: 'x.tcpflow', analysis: analyze(text) }], 'en'));
      const listed = json.files[0].diagnostics.filter((d: { code: string }) => !TEACHING.has(d.code));
      assert.strictEqual(listed[0].cause, undefined);
      assert.deepStrictEqual([listed[0].line, listed[0].column], [first!.range.start.line + 1, first!.range.start.character + 1]);
      for (const d of listed.slice(1)) {
        assert.deepStrictEqual(d.cause, { line: first!.range.start.line + 1, column: first!.range.start.character + 1 });
      }
    });
  }

  it('says repeated expect failures once: "and 2 more expects fail for the same reason"', () => {
    const text = HANDSHAKE.replace('server: listen\n', '');
    const expects = analyze(text).diagnostics.filter((d) => d.code === 'expect-mismatch');
    // Each failed expect stays an error, for graders; only the first tells the story.
    assert.deepStrictEqual(expects.map((d) => [d.severity, d.message.id]), [
      ['error', 'expect.mismatch.more'],
      ['error', 'expect.mismatch.again'],
      ['error', 'expect.mismatch.again'],
    ]);
    assert.strictEqual(expects[0]!.message.args.more, 2);
    assert.strictEqual(expects[0]!.related?.filter((r) => r.message.id === 'related.sameReason').length, 2);
  });

  it('keeps two unrelated mistakes apart: a wrong expect before a wrong number is its own root', () => {
    const text = HANDSHAKE.replace('expect client SYN-SENT, server SYN-RECEIVED', 'expect client SYN-SENT, server LISTEN').replace('ACK seq=101 ack=301', 'ACK seq=101 ack=305');
    const roots = analyze(text).diagnostics.filter((d) => d.cause === undefined && !TEACHING.has(d.code));
    assert.deepStrictEqual(roots.map((d) => `${d.range.start.line + 1}:${d.code}`).sort(), ['5:expect-mismatch', '8:ack-mismatch']);
  });

  it('a root that makes an expect fail is an error, so `check` still fails the script', () => {
    const text = HANDSHAKE.replace('seq=300 ack=101', 'seq=300 ack=105');
    const root = analyze(text).diagnostics[0]!;
    assert.strictEqual(root.code, 'ack-mismatch');
    assert.strictEqual(root.severity, 'error');
  });

  it('a number on its own, leading to nothing worse, stays a warning', () => {
    const text = DATA.replace('ack=111 len=20', 'ack=115 len=20').replace(/\nexpect.*$/, '');
    const root = analyze(text).diagnostics[0]!;
    assert.strictEqual(root.code, 'ack-mismatch');
    assert.strictEqual(root.severity, 'warning');
  });
});

import * as assert from 'assert';
import { range } from '../../../src/core/text';
import { parse } from '../../../src/core/syntax/parser';
import { only, parsed } from './support';

describe('parser: statements', () => {
  describe('segments', () => {
    it('reads every part of a segment line with its range', () => {
      const s = only('dup A -> B: SYN+ACK seq=100 ack=301 len=5 win=64 "GET /" as s1', 'segment');
      assert.deepStrictEqual(s.dup, range(0, 0, 0, 3));
      assert.deepStrictEqual([s.from?.text, s.from?.range], ['A', range(0, 4, 0, 5)]);
      assert.deepStrictEqual([s.arrow?.kind, s.arrow?.range], ['->', range(0, 6, 0, 8)]);
      assert.strictEqual(s.to?.text, 'B');
      assert.deepStrictEqual(
        s.flags.map((f) => [f.text, f.flag, f.range.start.character, f.range.end.character]),
        [
          ['SYN', 'SYN', 12, 15],
          ['ACK', 'ACK', 16, 19],
        ],
      );
      assert.deepStrictEqual(
        s.fields.map((f) => [f.name, f.value?.value, f.nameRange.start.character, f.range.end.character]),
        [
          ['seq', 100, 20, 27],
          ['ack', 301, 28, 35],
          ['len', 5, 36, 41],
          ['win', 64, 42, 48],
        ],
      );
      assert.deepStrictEqual(s.label, { value: 'GET /', range: range(0, 49, 0, 56) });
      assert.strictEqual(s.alias?.text, 's1');
      assert.deepStrictEqual(s.range, range(0, 0, 0, 62));
    });

    it('reads the three arrows, -X as -x, and arrows written without spaces', () => {
      assert.deepStrictEqual(
        ['A -> B: SYN', 'A -x B: SYN', 'A ~> B: SYN', 'A -X B: SYN', 'A->B:SYN'].map((t) => only(t, 'segment').arrow?.kind),
        ['->', '-x', '~>', '-x', '->'],
      );
    });

    it("joins flags with '+', ',', '/' or spaces: all four are the same segment", () => {
      for (const text of ['A -> B: SYN+ACK', 'A -> B: SYN,ACK', 'A -> B: SYN/ACK', 'A -> B: SYN ACK', 'A -> B: SYN , ACK']) {
        const { statements, diagnostics } = parsed(text);
        assert.deepStrictEqual(diagnostics, [], text);
        const s = statements[0]!;
        assert.ok(s.kind === 'segment');
        assert.deepStrictEqual(s.flags.map((f) => f.flag), ['SYN', 'ACK'], text);
      }
    });

    it('accepts spaces around = and flags written after the fields', () => {
      const s = only('A -> B: SYN seq = 7 ACK ack= 9', 'segment');
      assert.deepStrictEqual(s.flags.map((f) => f.flag), ['SYN', 'ACK']);
      assert.deepStrictEqual(s.fields.map((f) => [f.name, f.value?.value]), [
        ['seq', 7],
        ['ack', 9],
      ]);
    });

    it('tells the ACK flag from the ack field by the = after it', () => {
      const s = only('A -> B: ACK ack=5', 'segment');
      assert.deepStrictEqual(s.flags.map((f) => f.flag), ['ACK']);
      assert.deepStrictEqual(s.fields.map((f) => f.name), ['ack']);
    });

    it('reads numbers up to 2^32-1', () => {
      const s = only('A -> B: SYN seq=4294967295 ack=0 len=0007', 'segment');
      assert.deepStrictEqual(s.fields.map((f) => f.value?.value), [4294967295, 0, 7]);
    });
  });

  describe('case', () => {
    it('keywords, flags, fields, actions and states are case-insensitive', () => {
      const { statements, diagnostics } = parsed(
        ['TITLE "t"', 'Host a', 'a: LISTEN', 'b -> a: syn Seq=1', 'DELIVER', 'Expect a syn-received, b Syn_Sent', 'NOTE "n"', 'DUP b -> a: Syn'].join('\n'),
      );
      assert.deepStrictEqual(diagnostics, []);
      assert.deepStrictEqual(statements.map((s) => s.kind), ['title', 'host', 'action', 'segment', 'deliver', 'expect', 'note', 'segment']);
      const action = statements[2]!;
      assert.ok(action.kind === 'action');
      assert.strictEqual(action.action, 'listen');
      assert.strictEqual(action.actionText, 'LISTEN');
      const segment = statements[3]!;
      assert.ok(segment.kind === 'segment');
      assert.strictEqual(segment.flags[0]!.flag, 'SYN');
      assert.strictEqual(segment.flags[0]!.text, 'syn');
      assert.strictEqual(segment.fields[0]!.name, 'seq');
      const expect = statements[5]!;
      assert.ok(expect.kind === 'expect');
      assert.deepStrictEqual(expect.clauses.map((c) => c.state), ['SYN-RECEIVED', 'SYN-SENT']);
    });

    it('host names are case-sensitive and kept as written', () => {
      const { statements } = parsed('Client -> server: SYN');
      const s = statements[0]!;
      assert.ok(s.kind === 'segment');
      assert.deepStrictEqual([s.from?.text, s.to?.text], ['Client', 'server']);
    });

    it('keywords are not reserved: before : or an arrow they are host names', () => {
      const { statements, diagnostics } = parsed('note -> host: SYN\nhost: listen\ndup -> note: ACK');
      assert.deepStrictEqual(diagnostics, []);
      assert.deepStrictEqual(statements.map((s) => s.kind), ['segment', 'action', 'segment']);
    });
  });

  describe('header and other statements', () => {
    it('title and host with labels, in Korean too', () => {
      const { statements, diagnostics } = parsed('title "3-way 핸드셰이크"\nhost client "클라이언트"\nhost server');
      assert.deepStrictEqual(diagnostics, []);
      const [title, client, server] = statements;
      assert.ok(title?.kind === 'title' && client?.kind === 'host' && server?.kind === 'host');
      assert.strictEqual(title.text?.value, '3-way 핸드셰이크');
      assert.strictEqual(client.name?.text, 'client');
      assert.strictEqual(client.label?.value, '클라이언트');
      assert.deepStrictEqual(client.label?.range, range(1, 12, 1, 19));
      assert.strictEqual(server.label, undefined);
    });

    it('deliver with and without a name', () => {
      assert.strictEqual(only('deliver s1', 'deliver').name?.text, 's1');
      assert.strictEqual(only('deliver', 'deliver').name, undefined);
    });

    it('all six actions', () => {
      const actions = ['listen', 'connect', 'close', 'abort', 'timeout', 'reboot'].map((a) => only(`A: ${a}`, 'action').action);
      assert.deepStrictEqual(actions, ['listen', 'connect', 'close', 'abort', 'timeout', 'reboot']);
    });

    it('expect reads state names in every accepted spelling, joined back from - and spaces', () => {
      const e = only('expect A SYN-RECEIVED, B FIN_WAIT_1, A finwait-2, B TIME WAIT, A SYN_RCVD, B ESTAB, A CLOSE', 'expect');
      assert.deepStrictEqual(e.clauses.map((c) => [c.host.text, c.state]), [
        ['A', 'SYN-RECEIVED'],
        ['B', 'FIN-WAIT-1'],
        ['A', 'FIN-WAIT-2'],
        ['B', 'TIME-WAIT'],
        ['A', 'SYN-RECEIVED'],
        ['B', 'ESTABLISHED'],
        ['A', 'CLOSED'],
      ]);
      const first = e.clauses[0]!;
      assert.strictEqual(first.stateText, 'SYN-RECEIVED');
      assert.deepStrictEqual(first.stateRange, range(0, 9, 0, 21));
      assert.deepStrictEqual(first.range, range(0, 7, 0, 21));
      assert.strictEqual(e.clauses[3]!.stateText, 'TIME WAIT');
    });

    it('note beside a host and over both', () => {
      const beside = only('note A "waits"', 'note');
      assert.strictEqual(beside.host?.text, 'A');
      assert.strictEqual(beside.text?.value, 'waits');
      const over = only('note "both"', 'note');
      assert.strictEqual(over.host, undefined);
      assert.strictEqual(over.text?.value, 'both');
    });
  });

  describe('lines, comments, strings', () => {
    it('reads LF and CRLF alike, and counts lines as the editor does', () => {
      const lf = parse('B: listen\nA -> B: SYN # open\n\n');
      const crlf = parse('B: listen\r\nA -> B: SYN # open\r\n\r\n');
      assert.deepStrictEqual(crlf, lf);
      assert.strictEqual(lf.script.lineCount, 4);
      assert.deepStrictEqual(lf.script.comments, [{ text: '# open', range: range(1, 12, 1, 18) }]);
    });

    it('ends a line at a lone CR too (old Mac files), as VS Code does, so positions stay on their line', () => {
      const lf = parse('B: listen\nA -> B: SNY # open\n\n');
      assert.deepStrictEqual(parse('B: listen\rA -> B: SNY # open\r\r'), lf);
      // Mixed line ends: each CR, LF or CRLF ends exactly one line.
      assert.deepStrictEqual(parse('B: listen\r\nA -> B: SNY # open\r\n\n'), lf);
      const mixed = parsed('B: listen\rA -> B: SNY\r\nexpect A SYN-SENT\nA: close');
      assert.deepStrictEqual(
        mixed.statements.map((s) => [s.kind, s.line, s.range.start.character, s.range.end.character]),
        [
          ['action', 0, 0, 9],
          ['segment', 1, 0, 11],
          ['expect', 2, 0, 17],
          ['action', 3, 0, 8],
        ],
      );
      assert.deepStrictEqual(mixed.codes, ['unknown-flag@1:8-11']);
      assert.strictEqual(parse('A: listen\r\rB: listen').script.lineCount, 3);
    });

    it('ignores blank lines, indentation and comment-only lines', () => {
      const { statements, diagnostics } = parsed('\n   # a comment\n\t  A: listen   \n\n');
      assert.deepStrictEqual(diagnostics, []);
      assert.strictEqual(statements.length, 1);
      assert.deepStrictEqual(statements[0]!.range, range(2, 3, 2, 12));
    });

    it('treats the no-break and ideographic spaces of Korean keyboards as spaces', () => {
      const { statements, diagnostics } = parsed('A\u3000->\u00a0B: SYN');
      assert.deepStrictEqual(diagnostics, []);
      assert.strictEqual(statements[0]!.kind, 'segment');
    });

    it('a # inside a string is text, not a comment', () => {
      const s = only('A -> B: ACK "port #80" # real comment', 'segment');
      assert.strictEqual(s.label?.value, 'port #80');
      assert.strictEqual(parse('A -> B: ACK "port #80" # real comment').script.comments[0]!.text, '# real comment');
    });

    it('decodes \\" and \\\\ escapes; ranges count UTF-16 units, so Korean and emoji keep columns exact', () => {
      const s = only('note "say \\"hi\\" \\\\ 안녕 👋" # after', 'note');
      assert.strictEqual(s.text?.value, 'say "hi" \\ 안녕 👋');
      assert.deepStrictEqual(s.text?.range, range(0, 5, 0, 26));
    });

    it('an empty document has one line and nothing in it', () => {
      assert.deepStrictEqual(parse(''), { script: { statements: [], comments: [], lineCount: 1 }, diagnostics: [] });
    });
  });
});

import * as assert from 'assert';
import { localize } from '../../../src/core/messages';
import { range } from '../../../src/core/text';
import { english, fixed, only, parsed } from './support';

/**
 * Every code the parser reports: an example that triggers it, with the exact
 * range of the token at fault, and a near miss that must not.
 */
describe('parser: diagnostics', () => {
  describe('syntax', () => {
    const cases: [string, string, string][] = [
      // [script, expected diagnostic, what the message must say]
      ['A B: SYN', 'syntax@0:2-3', "Expected '->', '-x' or '~>' after the host name 'A'"],
      ['A => B: SYN', 'syntax@0:2-4', "Expected '->', '-x' or '~>'"],
      ['A ->> B: SYN', 'syntax@0:2-5', "Expected '->', '-x' or '~>'"],
      ['A -> B', 'syntax@0:5-6', "Expected ':' after 'B'"],
      ['A -> B SYN', 'syntax@0:7-10', "Expected ':' after 'B'"],
      ['A -> : SYN', 'syntax@0:5-6', "receiving host's name after '->'"],
      ['A ->', 'syntax@0:2-4', "receiving host's name after '->'"],
      ['-> B: SYN', 'syntax@0:0-2', "sending host's name before '->'"],
      ['A -> B:', 'syntax@0:6-7', "Expected a flag such as SYN or ACK after ':'"],
      ['A -> B: SYN+', 'syntax@0:11-12', "after '+'"],
      ['A -> B: seq=1', 'syntax@0:8-11', "Expected a flag such as SYN or ACK after ':'"],
      ['A -> B: SYN seq 5', 'syntax@0:12-15', "Expected '=' after 'seq'"],
      ['A -> B: SYN seq=', 'syntax@0:15-16', "Expected a decimal number after 'seq='"],
      ['A -> B: SYN seq=x1', 'syntax@0:16-18', "Expected a decimal number after 'seq='"],
      ['A -> B: SYN seq=0x10', 'syntax@0:16-20', "'0x10' is not a decimal number"],
      ['A -> B: SYN seq=1.5', 'syntax@0:16-19', "'1.5' is not a decimal number"],
      ['A -> B: ACK len=10 GET', 'syntax@0:19-22', "Unexpected 'GET'"],
      ['A -> B: ACK "a" "b"', 'syntax@0:16-19', 'one label'],
      ['A ~> B: SYN as', 'syntax@0:12-14', "Expected a name after 'as'"],
      ['A -> B: SYN → x', 'syntax@0:12-13', "Unexpected character '→'"],
      ['A -> 서버: SYN', 'syntax@0:5-7', 'cannot stand outside quotes'],
      ['A: listen now', 'syntax@0:10-13', "Unexpected 'now'"],
      ['A:', 'syntax@0:1-2', "Expected an action after 'A:'"],
      ['A: 5', 'syntax@0:3-4', "Expected an action after 'A:'"],
      ['A close', 'syntax@0:2-7', "or ':' after the host name 'A'"],
      ['A', 'syntax@0:0-1', "or ':' after the host name 'A'"],
      ['delivr s1', 'syntax@0:0-6', "Unknown keyword 'delivr'. Did you mean 'deliver'?"],
      ['expct A LISTEN', 'syntax@0:0-5', "Did you mean 'expect'?"],
      ['titel "x"', 'syntax@0:0-5', "Did you mean 'title'?"],
      ['"A" -> B: SYN', 'syntax@0:0-3', 'at the start of a line'],
      ['title', 'syntax@0:0-5', 'title in double quotes'],
      ['title Handshake', 'syntax@0:6-15', 'title in double quotes'],
      ['host', 'syntax@0:0-4', "host name after 'host'"],
      ['host 5', 'syntax@0:5-6', "host name after 'host'"],
      ['host 클라', 'syntax@0:5-7', 'A host name uses only the letters'],
      ['host c Client', 'syntax@0:7-13', "host's label in double quotes"],
      ['deliver 5', 'syntax@0:8-9', 'name of a segment in flight'],
      ['deliver s1 s2', 'syntax@0:11-13', "Unexpected 's2'"],
      ['expect', 'syntax@0:0-6', 'host name and its state'],
      ['expect A', 'syntax@0:7-8', "Expected a state after 'A'"],
      ['expect A LISTEN,', 'syntax@0:15-16', 'host name and its state'],
      ['expect A LISTEN B LISTEN', 'syntax@0:16-17', "Expected ',' between two clauses"],
      ['note', 'syntax@0:0-4', "note's text in double quotes"],
      ['note A waits here', 'syntax@0:5-17', "note's text in double quotes"],
      ['dup A: close', 'syntax@0:0-3', "'dup' marks an old duplicate"],
      ['note "a\\n"', 'syntax@0:7-9', "Unknown escape '\\n'"],
    ];
    for (const [text, expected, message] of cases) {
      it(`${text}  →  ${expected}`, () => {
        const { diagnostics, codes } = parsed(text);
        assert.deepStrictEqual(codes, [expected]);
        assert.ok(english(diagnostics[0]!).includes(message), english(diagnostics[0]!));
      });
    }

    it('near misses parse clean', () => {
      for (const text of ['A -> B: SYN', 'A->B:SYN+ACK', 'A: listen # now', 'deliver', 'deliver s1', 'expect A LISTEN, B CLOSED', 'note "a\\\\n"', 'title "x"', 'host c "Client"']) {
        assert.deepStrictEqual(parsed(text).codes, [], text);
      }
    });

    it('a missing arrow, colon or = still yields the segment with what was read', () => {
      const noArrow = only('A B: SYN', 'segment');
      assert.deepStrictEqual([noArrow.from?.text, noArrow.arrow, noArrow.to?.text, noArrow.flags.map((f) => f.flag)], ['A', undefined, 'B', ['SYN']]);
      const noColon = only('A -> B SYN+ACK', 'segment');
      assert.deepStrictEqual(noColon.flags.map((f) => f.flag), ['SYN', 'ACK']);
      const noEquals = only('A -> B: SYN seq 5', 'segment');
      assert.deepStrictEqual(noEquals.fields.map((f) => [f.name, f.value?.value]), [['seq', 5]]);
      const noFlags = only('A -> B:', 'segment');
      assert.deepStrictEqual(noFlags.flags, []);
      const noReceiver = only('A ->', 'segment');
      assert.strictEqual(noReceiver.to, undefined);
    });

    it('a line that is no statement yields only its diagnostic', () => {
      for (const text of ['A', 'delivr s1', '"x"', '= 5', 'dup A: close']) {
        assert.deepStrictEqual(parsed(text).statements, [], text);
      }
    });

    it('after a bad token the rest of the line is not reported again', () => {
      assert.deepStrictEqual(parsed('A -> B: ACK len=10 GET / index ??').codes, ['syntax@0:19-22']);
      assert.deepStrictEqual(parsed('A: SYN+ACK seq=1').codes, ['unknown-action@0:3-6']);
    });

    it('one mistake per line does not stop the next line', () => {
      assert.deepStrictEqual(parsed('A B: SYN\nA -> B: SNY\nexpect A LISTN').codes, ['syntax@0:2-3', 'unknown-flag@1:8-11', 'unknown-state@2:9-14']);
    });
  });

  describe('unterminated-string', () => {
    it('marks the string from its quote to the end of the line, and the fix closes it', () => {
      assert.deepStrictEqual(parsed('note A "waiting   ').codes, ['unterminated-string@0:7-15']);
      assert.strictEqual(fixed('note A "waiting'), 'note A "waiting"');
      assert.strictEqual(only('note A "waiting', 'note').text?.value, 'waiting');
    });
    it('a string that ends in an escaped backslash is closed by the fix; an escaped quote does not close it', () => {
      assert.deepStrictEqual(parsed('note "a\\\\').codes, ['unterminated-string@0:5-9']);
      assert.strictEqual(fixed('note "a\\\\'), 'note "a\\\\"');
      assert.deepStrictEqual(parsed('note "a\\"').codes, ['unterminated-string@0:5-9']);
    });
    it('near miss: a closed string, and a quote inside a comment', () => {
      assert.deepStrictEqual(parsed('note "a" # "b').codes, []);
    });
  });

  describe('number-out-of-range', () => {
    it('2^32 and negative numbers', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN seq=4294967296').codes, ['number-out-of-range@0:16-26']);
      assert.deepStrictEqual(parsed('A -> B: SYN seq=-1').codes, ['number-out-of-range@0:16-18']);
      assert.deepStrictEqual(parsed('A -> B: SYN seq=123456789012345678901234567890').codes, ['number-out-of-range@0:16-46']);
      const s = only('A -> B: SYN seq=4294967296', 'segment');
      assert.strictEqual(s.fields[0]!.value?.value, undefined);
    });
    it('near miss: 2^32-1', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN seq=4294967295').codes, []);
    });
    it('near miss: leading zeros, however many, count for nothing', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN seq=000000000001234').codes, []);
      assert.strictEqual(only('A -> B: SYN seq=000000000001234', 'segment').fields[0]!.value?.value, 1234);
      assert.deepStrictEqual(parsed('A -> B: SYN seq=0000000004294967296').codes, ['number-out-of-range@0:16-35']);
    });
  });

  describe('unknown-flag', () => {
    it('with a did-you-mean that is also a quick fix', () => {
      const { diagnostics, codes } = parsed('A -> B: SYN+AKC');
      assert.deepStrictEqual(codes, ['unknown-flag@0:12-15']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown flag 'AKC'. Did you mean 'ACK'?");
      assert.strictEqual(fixed('A -> B: SYN+AKC'), 'A -> B: SYN+ACK');
      assert.strictEqual(only('A -> B: SYN+AKC', 'segment').flags[1]!.flag, undefined);
    });
    it('without a suggestion it lists the flags', () => {
      const { diagnostics } = parsed('A -> B: HELLO');
      assert.ok(english(diagnostics[0]!).includes('SYN, ACK, FIN, RST, PSH, URG, ECE and CWR'));
    });
    it('an action written as a flag says how to write the action', () => {
      const { diagnostics, codes } = parsed('A -> B: close');
      assert.deepStrictEqual(codes, ['unknown-flag@0:8-13']);
      assert.ok(english(diagnostics[0]!).includes("'A: close'"));
    });
    it('near miss: every flag', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN ACK FIN RST PSH URG ECE CWR').codes, []);
    });
  });

  describe('duplicate-flag', () => {
    it('is a warning on the repeat, whose fix removes it with its joiner', () => {
      const { diagnostics, codes } = parsed('A -> B: SYN+ACK+SYN');
      assert.deepStrictEqual(codes, ['duplicate-flag@0:16-19']);
      assert.strictEqual(diagnostics[0]!.severity, 'warning');
      assert.strictEqual(fixed('A -> B: SYN+ACK+SYN'), 'A -> B: SYN+ACK');
      assert.strictEqual(fixed('A -> B: SYN SYN,ACK'), 'A -> B: SYN,ACK');
      assert.strictEqual(fixed('A -> B: ack ACK'), 'A -> B: ack');
    });
    it('near miss: the ack field beside the ACK flag', () => {
      assert.deepStrictEqual(parsed('A -> B: ACK ack=1').codes, []);
    });
  });

  describe('unknown-field', () => {
    it('with a did-you-mean and a fix', () => {
      const { diagnostics, codes } = parsed('A -> B: SYN sq=1');
      assert.deepStrictEqual(codes, ['unknown-field@0:12-14']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown field 'sq'. Did you mean 'seq'?");
      assert.strictEqual(fixed('A -> B: SYN sq=1'), 'A -> B: SYN seq=1');
    });
    it('without a suggestion it lists the fields', () => {
      assert.ok(english(parsed('A -> B: SYN mss=1460').diagnostics[0]!).includes('seq, ack, len, win and wscale'));
    });
    it('near miss: every field, in any case', () => {
      assert.deepStrictEqual(parsed('A -> B: ACK SEQ=1 Ack=2 len=3 WIN=4').codes, []);
    });
  });

  describe('duplicate-field', () => {
    it('on the second name', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN seq=1 seq=2').codes, ['duplicate-field@0:18-21']);
      assert.strictEqual(only('A -> B: SYN seq=1 seq=2', 'segment').fields.length, 2);
    });
    it('near miss: different fields', () => {
      assert.deepStrictEqual(parsed('A -> B: SYN seq=1 win=2').codes, []);
    });
  });

  describe('unknown-state', () => {
    it('with a did-you-mean in the canonical spelling', () => {
      const { diagnostics, codes } = parsed('expect A SYN-RECIEVED');
      assert.deepStrictEqual(codes, ['unknown-state@0:9-21']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown state 'SYN-RECIEVED'. Did you mean SYN-RECEIVED?");
      assert.strictEqual(fixed('expect A ESTABLISED'), 'expect A ESTABLISHED');
      assert.strictEqual(only('expect A ESTABLISED', 'expect').clauses[0]!.state, undefined);
    });
    it('a Korean tail glued to the name is part of the word: the fix replaces all of it', () => {
      const { diagnostics, codes } = parsed('expect B CLOSE-WAIT한');
      assert.deepStrictEqual(codes, ['unknown-state@0:9-20']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown state 'CLOSE-WAIT한'. Did you mean CLOSE-WAIT?");
      assert.strictEqual(fixed('expect B CLOSE-WAIT한'), 'expect B CLOSE-WAIT');
      assert.strictEqual(fixed('expect A ESTABLISHED입니다, B LISTEN'), 'expect A ESTABLISHED, B LISTEN');
    });
    it('without a suggestion it lists the states', () => {
      assert.ok(english(parsed('expect A HAPPY').diagnostics[0]!).includes('CLOSED, LISTEN, SYN-SENT'));
    });
    it('near miss: the short forms', () => {
      assert.deepStrictEqual(parsed('expect A SYN_RCVD, B ESTAB').codes, []);
    });
  });

  describe('quotes are offered only where a string may stand', () => {
    it('not for a Korean action, receiver or state', () => {
      for (const text of ['A: 듣기', 'A -> 서버: SYN', 'expect A 연결됨']) {
        const { diagnostics } = parsed(text);
        assert.deepStrictEqual(diagnostics.map((d) => d.fixes ?? []).flat(), [], text);
      }
    });
    it('for a title, a host label, a note and a segment label', () => {
      assert.strictEqual(fixed('title 연결'), 'title "연결"');
      assert.strictEqual(fixed('A -> B: SYN 연결'), 'A -> B: SYN "연결"');
      assert.deepStrictEqual(parsed(fixed('A -> B: SYN 연결')).codes, []);
    });
  });

  describe('unknown-action', () => {
    it('with a did-you-mean and a fix', () => {
      const { diagnostics, codes } = parsed('A: lisen');
      assert.deepStrictEqual(codes, ['unknown-action@0:3-8']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown action 'lisen'. Did you mean 'listen'?");
      assert.strictEqual(fixed('A: lisen'), 'A: listen');
      const node = only('A: lisen', 'action');
      assert.deepStrictEqual([node.action, node.actionText], [undefined, 'lisen']);
    });
    it('an action with a Korean tail glued on is read whole: the did-you-mean names the action and the fix removes the tail', () => {
      const { diagnostics, codes } = parsed('A: listen한');
      assert.deepStrictEqual(codes, ['unknown-action@0:3-10']);
      assert.strictEqual(english(diagnostics[0]!), "Unknown action 'listen한'. Did you mean 'listen'?");
      assert.strictEqual(localize(diagnostics[0]!.message, 'ko'), "알 수 없는 동작 'listen한'. 'listen'을 뜻했나요?");
      assert.strictEqual(fixed('A: listen한'), 'A: listen');
      assert.strictEqual(fixed('B: close하고'), 'B: close');
      // A misspelt head is still an action's; a Korean word or a Latin word that is no action keeps the quotes-free message.
      assert.strictEqual(fixed('A: lisen해'), 'A: listen');
      assert.deepStrictEqual(parsed('A: 듣기').codes, ['syntax@0:3-5']);
      assert.deepStrictEqual(parsed('A: banana한').codes, ['syntax@0:3-10']);
      assert.deepStrictEqual([only('A: listen한', 'action').action, only('A: listen한', 'action').actionText], [undefined, 'listen한']);
    });
    it('a flag where an action is expected says a segment needs A -> B:', () => {
      const { diagnostics, codes } = parsed('A: SYN');
      assert.deepStrictEqual(codes, ['unknown-action@0:3-6']);
      assert.strictEqual(english(diagnostics[0]!), "'SYN' is a flag, not an action: a segment needs an arrow and a receiver, as in 'A -> B: SYN'.");
      assert.ok(english(parsed('B: FIN').diagnostics[0]!).includes("'B -> A: FIN'"));
    });
    it('near miss: an action in capitals', () => {
      assert.deepStrictEqual(parsed('A: CONNECT').codes, []);
    });
  });

  describe('header-after-event', () => {
    const script = 'title "t"\nA -> B: SYN\nhost B "Server"';
    it('on the keyword, pointing at the first event; the line is left out of the tree', () => {
      const { diagnostics, codes, statements } = parsed(script);
      assert.deepStrictEqual(codes, ['header-after-event@2:0-4']);
      assert.strictEqual(english(diagnostics[0]!), "'host' belongs to the header: write it before the first event (line 2).");
      assert.deepStrictEqual(diagnostics[0]!.related?.[0]?.range, range(1, 0, 1, 11));
      assert.deepStrictEqual(statements.map((s) => s.kind), ['title', 'segment']);
    });
    it('the fix moves the line above the first event, keeping CRLF', () => {
      assert.strictEqual(fixed(script), 'title "t"\nhost B "Server"\nA -> B: SYN');
      assert.strictEqual(fixed('A: listen\r\n  title "t" # x\r\nB: listen\r\n'), 'title "t" # x\r\nA: listen\r\nB: listen\r\n');
      assert.deepStrictEqual(parsed(fixed(script)).codes, []);
    });
    it('near miss: expect and note may come anywhere', () => {
      assert.deepStrictEqual(parsed('A: listen\nexpect A LISTEN\nnote "x"').codes, []);
    });
  });

  describe('duplicate-title', () => {
    it('is a warning on the second title, which the tree keeps', () => {
      const { diagnostics, codes } = parsed('title "a"\ntitle "b"');
      assert.deepStrictEqual(codes, ['duplicate-title@1:0-5']);
      assert.strictEqual(diagnostics[0]!.severity, 'warning');
      assert.strictEqual(english(diagnostics[0]!), 'The script already has a title (line 1); this one is ignored.');
    });
    it('near miss: one title', () => {
      assert.deepStrictEqual(parsed('title "a"\nhost A').codes, []);
    });
  });

  describe('quick fixes clear the diagnostic they belong to', () => {
    const cases: [string, string][] = [
      ['A B: SYN', 'A -> B: SYN'],
      ['A => B: SYN', 'A -> B: SYN'],
      ['A --x B: SYN', 'A -x B: SYN'],
      ['A -> B SYN', 'A -> B: SYN'],
      ['A close', 'A: close'],
      ['A -> B: SYN seq 5', 'A -> B: SYN seq=5'],
      ['expect A LISTEN B LISTEN', 'expect A LISTEN, B LISTEN'],
      ['delivr', 'deliver'],
      ['title Three "way"', 'title "Three \\"way\\""'],
      ['note A waits here', 'note "A waits here"'],
      ['A -> B: ACK len=10 GET', 'A -> B: ACK len=10 "GET"'],
      ['note "C:\\dir"', 'note "C:\\\\dir"'],
    ];
    for (const [before, after] of cases) {
      it(`${before}  →  ${after}`, () => {
        assert.strictEqual(fixed(before), after);
        assert.deepStrictEqual(parsed(after).codes, []);
      });
    }
  });
});

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { formatEdits, formatText } from '../../../src/core/format';
import { applyEdits, codes, script } from './support';

function format(text: string): string {
  return formatText(text, analyze(text));
}

/** What the engine makes of a script: its diagnostics and each event's states. */
function meaning(text: string): { codes: string[]; states: string[] } {
  const a = analyze(text);
  return { codes: codes(a.diagnostics).map((c) => c.replace(/@\d+$/, '')), states: a.steps.map((s) => JSON.stringify(s.states)) };
}

describe('format', () => {
  it('writes every kind of statement in canonical form', () => {
    const input = script(`
      |  TITLE   "3-Way"
      |HOST  a "Client"   # the client
      |host b
      |b:LISTEN
      |a->b : syn
      |b  ->  a:ack/SYN  ack=101   seq=300 "hi, \\"you\\""
      |a -X b:ACK
      |a  ~>b: ack as  late
      |DELIVER   late
      |  expect a estab , b syn_rcvd
      |NOTE a   "메모"
      |note "both"
    `);
    assert.strictEqual(
      format(input),
      script(`
        |title "3-Way"
        |host a "Client" # the client
        |host b
        |b: listen
        |a -> b: SYN
        |b -> a: SYN,ACK seq=300 ack=101 "hi, \\"you\\""
        |a -x b: ACK
        |a ~> b: ACK as late
        |deliver late
        |expect a ESTABLISHED, b SYN-RECEIVED
        |note a "메모"
        |note "both"
      `),
    );
  });

  it('keeps comments as written, removes indentation and trailing spaces, and shortens runs of blank lines', () => {
    const input = '\n\n  # Opening   \n\n\n\nA: connect   #   why  \n\t\n\n# end\n\n\n';
    assert.strictEqual(format(input), '# Opening\n\nA: connect #   why\n\n# end\n');
  });

  it('leaves a line the parser could not read in full exactly as written', () => {
    const lines = ['A -> B: SYN seq=', 'A -> B SYN', 'A -> B: SYN "open', 'A -> B: SYN sq=1', 'A -> B: SYN SYN', 'A -> B: SYN seq=4294967296', 'A : ack 클라', 'A: conect B', 'title'];
    for (const line of lines) {
      const input = `B: listen\n  ${line}   \n`;
      assert.strictEqual(format(input), `B: listen\n  ${line}   \n`, line);
    }
  });

  it('formats an erring step that the parser read in full', () => {
    // An illegal send is the engine's judgement, not a reading problem: the line is still formatted.
    assert.strictEqual(format('A ->  B:fin'), 'A -> B: FIN');
  });

  it("writes control bits in the order RFC 9293's figures do: ACK after the bit it accompanies", () => {
    assert.strictEqual(format('A -> B: ack+fin'), 'A -> B: FIN,ACK');
    assert.strictEqual(format('A -> B: ACK RST'), 'A -> B: RST,ACK');
    assert.strictEqual(format('A -> B: ack/psh'), 'A -> B: PSH,ACK');
    assert.strictEqual(format('A -> B: ACK,SYN'), 'A -> B: SYN,ACK');
  });

  it('keeps CRLF line endings', () => {
    assert.strictEqual(format('B:listen\r\nA->B:SYN\r\n'), 'B: listen\r\nA -> B: SYN\r\n');
  });

  it('keeps lone CR line endings (old Mac files) and reads each CR as a line end', () => {
    assert.strictEqual(format('B:listen\rA->B:SYN\r'), 'B: listen\rA -> B: SYN\r');
  });

  it('returns no edits for a formatted script, and edits that give the formatted text otherwise', () => {
    const clean = script(`
      |B: listen
      |A -> B: SYN seq=100
    `);
    assert.deepStrictEqual(formatEdits(clean, analyze(clean)), []);
    const messy = '\n\n B:listen\n\n\n\nA->B:syn   seq=100 # c\n\n\n';
    assert.strictEqual(applyEdits(messy, formatEdits(messy, analyze(messy))), format(messy));
  });

  const VALID = [
    ['title "Figure 12"', 'host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', 'A: close', 'A -> B: FIN,ACK', 'B -> A: ACK', 'B: close', 'B -x A: FIN,ACK', 'B -> A: FIN,ACK # retransmitted', 'A -> B: ACK', 'note A "2MSL"', 'A: timeout'],
    ['A ~> B: SYN seq=100 as a_syn', 'B -> A: SYN seq=300', 'deliver a_syn', 'A ~> B: SYN,ACK seq=100 ack=301 as a_synack', 'B -> A: SYN,ACK seq=300 ack=101', 'deliver a_synack', 'expect A ESTABLISHED, B ESTABLISHED'],
    ['B: listen', 'A ~> B: SYN seq=100 as syn', 'dup A -> B: SYN seq=90', 'B -> A: SYN,ACK seq=300 ack=91', 'A -> B: RST seq=91', 'deliver syn', 'B -> A: SYN,ACK seq=400 ack=101', 'A -> B: ACK seq=101 ack=401'],
  ];

  /** The same scripts as a student might type them: any case, any spacing, any flag joiner, blank lines and comments. */
  const scrambled = fc
    .tuple(fc.constantFrom(...VALID), fc.infiniteStream(fc.tuple(fc.boolean(), fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('+', ',', '/', ' '), fc.constantFrom('', '\n', '\n\n\n', '  # c\n'))), fc.constantFrom('\n', '\r\n'))
    .map(([lines, noise, eol]) =>
      lines
        .map((line) => {
          const [upper, space, joiner, extra] = noise.next().value;
          let out = line.replace(/ /g, ` ${space}`).replace(/,(?=[A-Z])/g, joiner);
          out = out.replace(/\b(SYN|ACK|FIN|RST|listen|close|timeout|deliver|expect|note|title|host|as|dup)\b/g, (w) => (upper ? w.toUpperCase() : w.toLowerCase()));
          return `${space}${out}${space}${extra}`;
        })
        .join(eol),
    );

  it('is idempotent, and changes neither the states nor the diagnostics', () => {
    fc.assert(
      fc.property(scrambled, (text) => {
        const once = format(text);
        assert.strictEqual(format(once), once);
        assert.deepStrictEqual(meaning(once), meaning(text));
        assert.strictEqual(applyEdits(text, formatEdits(text, analyze(text))), once);
      }),
      { numRuns: 200 },
    );
  });

  it('never loses a comment, a string or a host name, whatever the input', () => {
    const tokens = ['A', 'B', '->', '-x', '~>', ':', 'SYN', 'ack', '+', ',', 'seq=1', 'len=', '"s"', '"a\\"b"', '# c', 'listen', 'expect', 'as', 'x', '\t', ' ', '\n', '\r\n', '클라'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((t) => t.join(' ')), (text) => {
        const once = format(text);
        assert.strictEqual(format(once), once);
        for (const kept of ['# c', '"s"', '"a\\"b"', '클라']) {
          assert.strictEqual(once.split(kept).length, text.split(kept).length, `${kept} in ${JSON.stringify(text)}`);
        }
        assert.strictEqual(applyEdits(text, formatEdits(text, analyze(text))), once);
      }),
      { numRuns: 300 },
    );
  });
});

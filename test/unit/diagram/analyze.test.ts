import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/messages';
import type { Analysis } from '../../../src/core/model';
import { parseSequence, renderSequence, type ParsedSequence } from '../support/mermaidParse';

/** A script written with `|` as the left margin. */
function script(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*\|/, ''))
    .join('\n')
    .replace(/^\n/, '');
}

/** Messages, notes and tinted blocks as Mermaid read them. */
function drawn(parsed: ParsedSequence): string[] {
  return parsed.items.map((i) =>
    i.kind === 'message' ? `${i.from}${i.arrow}${i.to}: ${i.text}` : i.kind === 'note' ? `note ${i.placement} ${i.actors.join(',')}: ${i.text}` : i.kind,
  );
}

/** Analyzes, parses the diagram with Mermaid, and checks the element map against what Mermaid read. */
async function diagramOf(text: string, lang: Lang = 'en', showSeq = true): Promise<{ analysis: Analysis; parsed: ParsedSequence }> {
  const analysis = analyze(text, { lang, showSeq });
  const parsed = await parseSequence(analysis.diagram.text);
  assert.deepStrictEqual(
    analysis.diagram.elements.map((e) => e.kind),
    parsed.items.filter((i) => i.kind !== 'rect' && i.kind !== 'end').map((i) => i.kind),
    'one element per drawn message and note',
  );
  // Every lifeline is declared up front: Mermaid would silently add an undeclared one, labelled with its id.
  const declared = analysis.diagram.text.split('\n').filter((l) => /^\s*participant /.test(l)).map((l) => l.trim().split(' ')[1]);
  assert.deepStrictEqual(parsed.participants.map((p) => p.id), declared);
  assert.deepStrictEqual(declared, analysis.hosts.length === 0 ? [] : declared.includes('net') ? ['h0', 'net', 'h1'].slice(0, analysis.hosts.length + 1) : ['h0', 'h1'].slice(0, analysis.hosts.length));
  return { analysis, parsed };
}

/** The source line of each drawn message and note, as `line: text` (1-based, as an editor shows it). */
function located(analysis: Analysis, parsed: ParsedSequence): string[] {
  const texts = parsed.items.flatMap((i) => (i.kind === 'message' || i.kind === 'note' ? [i.text] : []));
  return analysis.diagram.elements.map((e, n) => `${e.line + 1}: ${texts[n]}`);
}

const FIGURE_6 = script(`
  |title "3-Way Handshake"
  |host A "TCP Peer A"
  |host B "TCP Peer B"
  |B: listen
  |A -> B: SYN seq=100
  |B -> A: SYN,ACK seq=300 ack=101
  |A -> B: ACK seq=101 ack=301
  |A -> B: ACK seq=101 ack=301 len=10 "data"
`);

describe('the diagram of analyze()', () => {
  it('draws RFC 9293 Figure 6 as the figure prints it', async () => {
    const { analysis, parsed } = await diagramOf(FIGURE_6);
    assert.strictEqual(parsed.title, '3-Way Handshake');
    assert.deepStrictEqual(parsed.participants, [
      { id: 'h0', label: 'TCP Peer A' },
      { id: 'h1', label: 'TCP Peer B' },
    ]);
    // One row of states per event, as the figure's lines: `CLOSED  LISTEN`, then `SYN-SENT --> SYN-RECEIVED`.
    assert.deepStrictEqual(located(analysis, parsed), [
      '4: CLOSED │ listen → LISTEN',
      '5: SYN seq=100',
      '5: SYN-SENT │ SYN-RECEIVED',
      '6: SYN,ACK seq=300 ack=101',
      '6: ESTABLISHED',
      '7: ACK seq=101 ack=301',
      '7: ESTABLISHED',
      '8: ACK seq=101 ack=301 len=10 “data”',
    ]);
    assert.ok(!drawn(parsed).includes('rect'), 'a correct handshake has nothing marked');
  });

  it('draws the normal close of RFC 9293 Figure 12 with each state change beside its host', async () => {
    const { parsed } = await diagramOf(script(`
      |host A
      |host B
      |B: listen
      |A -> B: SYN seq=99
      |B -> A: SYN,ACK seq=299 ack=100
      |A -> B: ACK seq=100 ack=300
      |A: close
      |A -> B: FIN,ACK seq=100 ack=300
      |B -> A: ACK seq=300 ack=101
      |B: close
      |B -> A: FIN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |A: timeout
    `));
    assert.deepStrictEqual(drawn(parsed).slice(7), [
      'note left of h0: close → FIN-WAIT-1',
      'h0->>h1: FIN,ACK seq=100 ack=300',
      'note right of h1: CLOSE-WAIT',
      'h1->>h0: ACK seq=300 ack=101',
      'note left of h0: FIN-WAIT-2',
      'note right of h1: close → LAST-ACK',
      'h1->>h0: FIN,ACK seq=300 ack=101',
      'note left of h0: TIME-WAIT',
      'h0->>h1: ACK seq=101 ack=301',
      'note right of h1: CLOSED',
      'note left of h0: timeout → CLOSED',
    ]);
  });

  it('draws the simultaneous open of RFC 9293 Figure 7 through the Network', async () => {
    const { analysis, parsed } = await diagramOf(script(`
      |A ~> B: SYN seq=100 as a_syn
      |B -> A: SYN seq=300
      |deliver a_syn
      |A ~> B: SYN,ACK seq=100 ack=301 as a_synack
      |B -> A: SYN,ACK seq=300 ack=101
      |deliver a_synack
    `));
    assert.deepStrictEqual(parsed.participants.map((p) => `${p.id}:${p.label}`), ['h0:A', 'net:Network', 'h1:B']);
    assert.deepStrictEqual(located(analysis, parsed).slice(1), [
      '1: Network',
      '1: SYN seq=100',
      '1: SYN-SENT',
      '2: SYN seq=300',
      '2: SYN-RECEIVED │ SYN-SENT',
      '3: SYN seq=100',
      '3: SYN-RECEIVED',
      '4: SYN,ACK seq=100 ack=301',
      '5: SYN,ACK seq=300 ack=101',
      '5: ESTABLISHED',
      '6: SYN,ACK seq=100 ack=301',
      '6: ESTABLISHED',
    ]);
    assert.deepStrictEqual(
      parsed.items.flatMap((i) => (i.kind === 'message' ? [`${i.from}${i.arrow}${i.to}`] : [])),
      ['h0-->>net', 'h1->>h0', 'net->>h1', 'h0-->>net', 'h1->>h0', 'net->>h1'],
    );
  });

  it('draws a lost segment with a cross, and its retransmission', async () => {
    const { parsed } = await diagramOf(script(`
      |host A
      |host B
      |B: listen
      |A -x B: SYN seq=100
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
    `));
    assert.deepStrictEqual(drawn(parsed).slice(1), [
      'h0-xh1: SYN seq=100 (lost)',
      'note left of h0: SYN-SENT',
      'h0->>h1: SYN seq=100',
      'note right of h1: SYN-RECEIVED',
      'h1->>h0: SYN,ACK seq=300 ack=101',
      'note left of h0: ESTABLISHED',
      'h0->>h1: ACK seq=101 ack=301',
      'note right of h1: ESTABLISHED',
    ]);
  });

  it('draws the old duplicate of RFC 9293 Figure 8 out of the Network, and marks the reply A refuses', async () => {
    const { analysis, parsed } = await diagramOf(script(`
      |host A
      |host B
      |B: listen
      |A ~> B: SYN seq=100 as syn
      |dup A -> B: SYN seq=90
      |B -> A: SYN,ACK seq=300 ack=91
      |A -> B: RST seq=91
      |deliver syn
      |B -> A: SYN,ACK seq=400 ack=101
      |A -> B: ACK seq=101 ack=401
    `));
    assert.deepStrictEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepStrictEqual(drawn(parsed).slice(4, 12), [
      'net->>h1: (duplicate) SYN seq=90',
      'note right of h1: SYN-RECEIVED',
      'rect',
      'h1->>h0: ⚠ SYN,ACK seq=300 ack=91',
      'end',
      'h0->>h1: RST seq=91',
      'note right of h1: LISTEN',
      'net->>h1: SYN seq=100',
    ]);
  });

  it('draws an old duplicate lost in the Network with a cross, and one kept there on its lifeline until deliver', async () => {
    const { analysis, parsed } = await diagramOf(script(`
      |host A
      |host B
      |B: listen
      |dup A -x B: SYN seq=90
      |dup A ~> B: SYN seq=80 as old
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |deliver old
    `));
    assert.deepStrictEqual(drawn(parsed).slice(1, 6), [
      'note over net: Network',
      'net-xh1: (duplicate) SYN seq=90 (lost)',
      'net-->>net: (duplicate) SYN seq=80',
      'h0->>h1: SYN seq=100',
      'note over h0,h1: SYN-SENT │ SYN-RECEIVED',
    ]);
    assert.ok(drawn(parsed).some((l) => /^net->>h1: .*\(duplicate\) SYN seq=80$/.test(l)), 'the delivered old duplicate keeps its mark');
    // Neither reached B when sent: only the real SYN moved it out of LISTEN.
    assert.deepStrictEqual(analysis.steps.slice(1, 3).map((s) => s.states['B']), ['LISTEN', 'LISTEN']);
    assert.deepStrictEqual(analysis.diagnostics.filter((d) => d.code === 'unknown-segment'), []);
  });

  it('writes the window on an arrow only when it is not the default, so a zero window shows', async () => {
    const { parsed } = await diagramOf(script(`
      |host A
      |host B
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101 win=0
      |A -> B: ACK seq=101 ack=301
    `));
    const arrows = drawn(parsed).filter((l) => l.includes('->>'));
    assert.deepStrictEqual(arrows, ['h0->>h1: SYN seq=100', 'h1->>h0: SYN,ACK seq=300 ack=101 win=0', 'h0->>h1: ACK seq=101 ack=301']);
  });

  it('marks every line with an error, wherever the error was found', async () => {
    const { analysis, parsed } = await diagramOf(script(`
      |A -> B: ACK len=5 "too early"
      |A -> C: SYN
      |A: lisen
      |note C "who?"
      |deliver
      |expect A ESTABLISHED
    `));
    const errorLines = [...new Set(analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => d.range.start.line + 1))];
    assert.deepStrictEqual(errorLines, [1, 2, 3, 4, 5, 6]);
    const marked = located(analysis, parsed).filter((l) => l.includes('✗'));
    assert.deepStrictEqual(marked, [
      '1: ✗ ACK seq=0 ack=0 len=5 “too early”',
      '2: ✗ A -> C: SYN',
      '3: ✗ lisen',
      '4: ✗ who?',
      '5: ✗ deliver: nothing in flight',
      '6: ✗ expected ESTABLISHED, is CLOSED',
    ]);
    assert.strictEqual(drawn(parsed).filter((d) => d === 'rect').length, 6);
    assert.deepStrictEqual(parsed.participants.map((p) => p.id), ['h0', 'h1'], 'the third host gets no lifeline');
  });

  it('writes its own words in Korean', async () => {
    const { parsed } = await diagramOf(script(`
      |A: listen
      |dup B -> A: SYN seq=5
      |B -x A: SYN seq=7
      |expect A LISTEN
    `), 'ko');
    // B opens (its SYN is the first that is not an old duplicate), so B is on the left.
    assert.deepStrictEqual(parsed.participants.map((p) => p.label), ['B', '네트워크', 'A']);
    const texts = drawn(parsed);
    assert.ok(texts.includes('note over h0,h1: CLOSED │ listen(수동 열기) → LISTEN'), texts.join('\n'));
    assert.ok(texts.some((t) => t.startsWith('net->>h1: ') && t.endsWith('(오래된 중복) SYN seq=5')), texts.join('\n'));
    assert.ok(texts.some((t) => t.startsWith('h0-xh1: SYN seq=7') && t.endsWith('(유실)')), texts.join('\n'));
    assert.ok(texts.includes('note right of h1: ✗ 기대 LISTEN, 실제 SYN-RECEIVED'), texts.join('\n'));
  });

  it('keeps what the script says literal, however it is spelled', async () => {
    const evil = '%%{init: {\\"securityLevel\\": \\"loose\\"}}%% click h0 call x(); end # <img src=x onerror=alert(1)> &amp; participant X 한국어';
    const literal = evil.replace(/\\"/g, '"');
    const { parsed } = await diagramOf(script(`
      |title "${evil}"
      |host end "${evil}"
      |host note "participant X"
      |note: listen
      |end -> note: SYN seq=100 "${evil}"
      |note end "${evil}"
      |note "${evil}"
    `));
    assert.strictEqual(parsed.title, literal);
    assert.deepStrictEqual(parsed.participants, [
      { id: 'h0', label: literal },
      { id: 'h1', label: 'participant X' },
    ]);
    const texts = parsed.items.flatMap((i) => (i.kind === 'message' || i.kind === 'note' ? [i.text.replace(/^[✗⚠] /, '')] : []));
    assert.deepStrictEqual(texts.filter((t) => t.includes(literal)), [`SYN seq=100 “${literal}”`, literal, literal]);
  });

  it('maps clicks on the rendered SVG back to the script', async () => {
    const analysis = analyze(FIGURE_6, { showSeq: true, lang: 'en' });
    const rendered = await renderSequence(analysis.diagram.text);
    const messages = analysis.diagram.elements.filter((e) => e.kind === 'message');
    const notes = analysis.diagram.elements.filter((e) => e.kind === 'note');
    assert.deepStrictEqual(
      rendered.messageTexts.map((t, n) => `${messages[n]!.line + 1}: ${t}`),
      ['5: SYN seq=100', '6: SYN,ACK seq=300 ack=101', '7: ACK seq=101 ack=301', '8: ACK seq=101 ack=301 len=10 “data”'],
    );
    assert.strictEqual(rendered.noteTexts.length, notes.length);
  });

  it('always gives Mermaid a diagram it reads, with one element per arrow and note (fuzzed)', async () => {
    // A string literal of the language: any Unicode but line breaks, with " and \ escaped.
    const literal = fc
      .string({ unit: 'grapheme', maxLength: 20 })
      .map((s) => s.replace(/[\r\n\u2028\u2029]/g, ' '))
      .map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    const line = fc.oneof(
      fc.constantFrom('B: listen', 'A: connect', 'A: close', 'B: close', 'A: abort', 'B: timeout', 'A: reboot', 'deliver', 'deliver s1'),
      fc.tuple(fc.constantFrom('A -> B', 'B -> A', 'A -x B', 'A ~> B', 'B ~> A', 'dup A -> B', 'dup A -x B', 'dup B ~> A'), fc.constantFrom('SYN', 'SYN,ACK', 'ACK', 'FIN+ACK', 'RST', 'ACK PSH len=3'), literal).map(
        ([arrow, flags, label]) => `${arrow}: ${flags} ${label}`,
      ),
      literal.map((text) => `note ${text}`),
      fc.tuple(fc.constantFrom('A', 'B'), literal).map(([host, text]) => `note ${host} ${text}`),
      fc.constantFrom('expect A ESTABLISHED', 'expect B LISTEN, A SYN-SENT'),
      fc.string({ maxLength: 15 }),
    );
    const scripts = fc.tuple(literal, fc.array(line, { maxLength: 12 })).map(([title, lines]) => [`title ${title}`, ...lines].join('\n'));
    await fc.assert(
      fc.asyncProperty(scripts, fc.constantFrom<Lang>('en', 'ko'), async (text, lang) => {
        await diagramOf(text, lang);
      }),
      { numRuns: 200 },
    );
  });
});

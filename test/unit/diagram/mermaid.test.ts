import * as assert from 'assert';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import { parseSequence, renderSequence } from '../support/mermaidParse';
import { Story } from './story';
import { body, drawn, EN, parsedAndMapped } from './support';

function handshake(): Story {
  return new Story(['A', 'B'], '3-Way Handshake', { A: 'TCP Peer A', B: 'TCP Peer B' })
    .action('B', 'listen', { after: { B: 'LISTEN' } })
    .segment('A', 'B', 'SYN', { seq: 100, after: { A: 'SYN-SENT', B: 'SYN-RECEIVED' } })
    .segment('B', 'A', 'SYN,ACK', { seq: 300, ack: 101, after: { A: 'ESTABLISHED' } })
    .segment('A', 'B', 'ACK', { seq: 101, ack: 301, after: { B: 'ESTABLISHED' } })
    .segment('A', 'B', 'ACK', { seq: 101, ack: 301, len: 10, label: 'data' });
}

describe('toMermaid', () => {
  it('draws RFC 9293 Figure 6 with the states at the ends of the lines', async () => {
    const diagram = toMermaid(handshake().build(), EN);
    assert.deepStrictEqual(body(diagram), [
      'title 3-Way Handshake',
      'participant h0 as TCP Peer A',
      'participant h1 as TCP Peer B',
      'note over h0,h1: CLOSED │ listen → LISTEN',
      'h0->>h1: SYN seq=100',
      'note over h0,h1: SYN-SENT │ SYN-RECEIVED',
      'h1->>h0: SYN,ACK seq=300 ack=101',
      'note left of h0: ESTABLISHED',
      'h0->>h1: ACK seq=101 ack=301',
      'note right of h1: ESTABLISHED',
      'h0->>h1: ACK seq=101 ack=301 len=10 “data”',
    ]);
    assert.deepStrictEqual(
      diagram.elements.map((e) => `${e.kind}@${e.line}`),
      ['note@0', 'message@1', 'note@1', 'message@2', 'note@2', 'message@3', 'note@3', 'message@4'],
    );
    assert.deepStrictEqual(
      diagram.elements.map((e) => e.phases?.join('+')),
      ['closed+opening', undefined, 'opening+opening', undefined, 'synchronized', undefined, 'synchronized', undefined],
      'each state note knows the phase of every state it shows, left to right',
    );
    const parsed = await parsedAndMapped(diagram);
    assert.strictEqual(parsed.title, '3-Way Handshake');
    assert.deepStrictEqual(parsed.participants, [
      { id: 'h0', label: 'TCP Peer A' },
      { id: 'h1', label: 'TCP Peer B' },
    ]);
  });

  it('leaves out seq= and ack= when asked, keeping len= and the label', () => {
    const diagram = toMermaid(handshake().build(), { showSeq: false, lang: 'en' });
    const arrows = body(diagram).filter((l) => l.startsWith('h'));
    assert.deepStrictEqual(arrows.filter((l) => l.includes('->>')), ['h0->>h1: SYN', 'h1->>h0: SYN,ACK', 'h0->>h1: ACK', 'h0->>h1: ACK len=10 “data”']);
  });

  it('writes flags in canonical order, ack= only with the ACK bit', () => {
    const input = new Story(['A', 'B'])
      .segment('A', 'B', 'ACK FIN', { seq: 5, ack: 7 })
      .segment('B', 'A', 'RST', { seq: 9 })
      .segment('A', 'B', 'PSH+ACK+URG', { seq: 5, ack: 7, len: 3 })
      .build();
    const arrows = body(toMermaid(input, EN)).filter((l) => l.includes('->>'));
    assert.deepStrictEqual(arrows, ['h0->>h1: FIN,ACK seq=5 ack=7', 'h1->>h0: RST seq=9', 'h0->>h1: PSH,URG,ACK seq=5 ack=7 len=3']);
  });

  it('has no Network lifeline when nothing waits in the network', () => {
    const diagram = toMermaid(handshake().build(), EN);
    assert.ok(!diagram.text.includes('net'));
  });

  it('draws RFC 9293 Figure 7 through a Network lifeline between the hosts', async () => {
    const input = new Story(['A', 'B'])
      .segment('A', 'B', 'SYN', { seq: 100, fate: 'in-flight', name: 'a_syn', after: { A: 'SYN-SENT' } })
      .segment('B', 'A', 'SYN', { seq: 300, after: { A: 'SYN-RECEIVED', B: 'SYN-SENT' } })
      .deliver({ line: 0, from: 'A', to: 'B', flags: 'SYN', seq: 100 }, { name: 'a_syn', after: { B: 'SYN-RECEIVED' } })
      .build();
    const diagram = toMermaid(input, EN);
    const parsed = await parsedAndMapped(diagram);
    assert.deepStrictEqual(
      parsed.participants.map((p) => `${p.id}:${p.label}`),
      ['h0:A', 'net:Network', 'h1:B'],
    );
    assert.deepStrictEqual(drawn(parsed), [
      'note over h0,h1: CLOSED │ CLOSED',
      'note over net: Network',
      'h0-->>net: SYN seq=100',
      'note left of h0: SYN-SENT',
      'h1->>h0: SYN seq=300',
      'note over h0,h1: SYN-RECEIVED │ SYN-SENT',
      'net->>h1: SYN seq=100',
      'note right of h1: SYN-RECEIVED',
    ]);
    assert.deepStrictEqual(
      diagram.elements.filter((e) => e.kind === 'message').map((e) => e.line),
      [0, 1, 2],
      'the delivery maps to the deliver line',
    );
  });

  it('draws a lost segment with the cross, and says so', async () => {
    const input = new Story(['A', 'B'])
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .segment('A', 'B', 'SYN', { seq: 100, fate: 'lost', after: { A: 'SYN-SENT' } })
      .build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.ok(drawn(parsed).includes('h0-xh1: SYN seq=100 (lost)'));
    const korean = await parseSequence(toMermaid(input, { showSeq: true, lang: 'ko' }).text);
    assert.ok(drawn(korean).includes('h0-xh1: SYN seq=100 (유실)'));
  });

  it('draws an old duplicate coming out of the network, as RFC 9293 Figure 8 does', async () => {
    const input = new Story(['A', 'B'])
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .segment('A', 'B', 'SYN', { seq: 90, dup: true, after: { B: 'SYN-RECEIVED' } })
      .build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.deepStrictEqual(parsed.participants.map((p) => p.id), ['h0', 'net', 'h1']);
    assert.deepStrictEqual(drawn(parsed).slice(1), ['note over net: Network', 'net->>h1: (duplicate) SYN seq=90', 'note right of h1: SYN-RECEIVED']);
    const korean = await parseSequence(toMermaid(input, { showSeq: true, lang: 'ko' }).text);
    assert.deepStrictEqual(korean.participants[1], { id: 'net', label: '네트워크' });
    assert.ok(drawn(korean).includes('net->>h1: (오래된 중복) SYN seq=90'));
  });

  it('shows an action and the state it leads to beside its host, in the chosen language', async () => {
    const input = new Story(['A', 'B'])
      .action('A', 'connect', { after: { A: 'SYN-SENT' } })
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .action('A', 'close', { after: { A: 'CLOSED' } })
      .build();
    // The first user call shares its row with the other host's state before it.
    assert.deepStrictEqual(body(toMermaid(input, EN)).slice(2), [
      'note over h0,h1: connect → SYN-SENT │ CLOSED',
      'note right of h1: listen → LISTEN',
      'note left of h0: close → CLOSED',
    ]);
    const korean = await parseSequence(toMermaid(input, { showSeq: true, lang: 'ko' }).text);
    assert.deepStrictEqual(drawn(korean), [
      'note over h0,h1: connect(능동 열기) → SYN-SENT │ CLOSED',
      'note right of h1: listen(수동 열기) → LISTEN',
      'note left of h0: close(닫기) → CLOSED',
    ]);
  });

  it('draws notes beside a host or over both, skipping blank ones', async () => {
    const input = new Story(['A', 'B'])
      .note('A', 'client side')
      .note('B', 'server side')
      .note(undefined, 'both sides')
      .note('C', 'nobody', { severity: 'error' })
      .note(undefined, '   ')
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .build();
    const diagram = toMermaid(input, EN);
    const parsed = await parsedAndMapped(diagram);
    assert.deepStrictEqual(drawn(parsed), [
      'note left of h0: client side',
      'note right of h1: server side',
      'note over h0,h1: both sides',
      'rect',
      'note over h0,h1: ✗ nobody',
      'end',
      'note over h0,h1: CLOSED │ listen → LISTEN',
    ]);
    assert.deepStrictEqual(
      diagram.elements.map((e) => e.line),
      [0, 1, 2, 3, 5],
      'the states before a first user call share its row; notes map to their own lines',
    );
  });

  it('gives hosts named like Mermaid keywords safe ids and their names as labels', async () => {
    const names = ['end', 'note', 'participant', 'loop', 'as', 'left', 'over', 'rect', 'title', 'opt'];
    for (let i = 0; i + 1 < names.length; i += 2) {
      const [a, b] = [names[i]!, names[i + 1]!];
      const input = new Story([a, b])
        .segment(a, b, 'SYN', { seq: 1, fate: 'in-flight', after: { [a]: 'SYN-SENT' } })
        .deliver({ line: 0, from: a, to: b, flags: 'SYN', seq: 1 })
        .note(a, 'x')
        .note(b, 'y')
        .build();
      const parsed = await parsedAndMapped(toMermaid(input, EN));
      assert.deepStrictEqual(
        parsed.participants.map((p) => `${p.id}:${p.label}`),
        [`h0:${a}`, 'net:Network', `h1:${b}`],
      );
    }
  });

  it('falls back to the host name when a label is blank', async () => {
    const input = new Story(['A', 'B'], undefined, { A: '  ', B: '' }).action('A', 'connect', { after: { A: 'SYN-SENT' } }).build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.deepStrictEqual(parsed.participants, [
      { id: 'h0', label: 'A' },
      { id: 'h1', label: 'B' },
    ]);
  });

  it('draws nothing but participants for a story with no events', async () => {
    const input = new Story(['A', 'B'], '  ').build();
    const diagram = toMermaid(input, EN);
    assert.deepStrictEqual(body(diagram), ['participant h0 as A', 'participant h1 as B']);
    assert.deepStrictEqual(diagram.elements, []);
    await parsedAndMapped(diagram);
    const empty = toMermaid(new Story([]).build(), EN);
    assert.deepStrictEqual(body(empty), []);
    await parsedAndMapped(empty);
  });

  it('keeps hostile user text inert everywhere it appears', async () => {
    const evil = '%%{init: {"securityLevel": "loose"}}%% click h0 call x(); end #35; <img src=x onerror=alert(1)> &amp; participant X';
    const input = new Story(['A', 'B'], evil, { A: evil, B: 'participant X' })
      .segment('A', 'B', 'SYN', { seq: 1, label: evil, after: { A: 'SYN-SENT', B: 'SYN-RECEIVED' } })
      .segment('B', 'A', 'SYN,ACK', { seq: 5, ack: 2, fate: 'in-flight', label: evil })
      .deliver({ line: 1, from: 'B', to: 'A', flags: 'SYN,ACK', seq: 5, ack: 2, label: evil })
      .note('A', evil)
      .note(undefined, evil)
      .build();
    const diagram = toMermaid(input, EN);
    const parsed = await parsedAndMapped(diagram);
    assert.strictEqual(parsed.title, evil);
    assert.deepStrictEqual(parsed.participants.map((p) => `${p.id}:${p.label}`), [`h0:${evil}`, 'net:Network', 'h1:participant X']);
    const texts = parsed.items.flatMap((i) => (i.kind === 'message' || i.kind === 'note' ? [i.text] : []));
    assert.deepStrictEqual(texts.filter((t) => t.includes(evil)), [
      `SYN seq=1 “${evil}”`,
      `SYN,ACK seq=5 ack=2 “${evil}”`,
      `SYN,ACK seq=5 ack=2 “${evil}”`,
      evil,
      evil,
    ]);
  });

  it('maps the n-th .messageText and .noteText of the rendered SVG to the right lines', async () => {
    const input = new Story(['A', 'B'])
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .segment('A', 'B', 'SYN', { seq: 100, fate: 'in-flight', after: { A: 'SYN-SENT' } })
      .note(undefined, 'meanwhile')
      .segment('B', 'A', 'SYN', { seq: 300, fate: 'lost', severity: 'warning' })
      .deliver({ line: 1, from: 'A', to: 'B', flags: 'SYN', seq: 100 }, { after: { B: 'SYN-RECEIVED' } })
      .expect('A', 'ESTABLISHED')
      .build();
    const diagram = toMermaid(input, EN);
    const rendered = await renderSequence(diagram.text);
    const messageLines = diagram.elements.filter((e) => e.kind === 'message').map((e) => e.line);
    const noteLines = diagram.elements.filter((e) => e.kind === 'note').map((e) => e.line);
    assert.strictEqual(rendered.messageTexts.length, messageLines.length);
    assert.strictEqual(rendered.noteTexts.length, noteLines.length);
    assert.deepStrictEqual(
      rendered.messageTexts.map((t, i) => `${messageLines[i]}: ${t}`),
      ['1: SYN seq=100', '3: ⚠ SYN seq=300 (lost)', '4: SYN seq=100'],
    );
    assert.deepStrictEqual(
      rendered.noteTexts.map((t, i) => `${noteLines[i]}: ${t}`),
      ['0: CLOSED │ listen → LISTEN', '1: Network', '1: SYN-SENT', '2: meanwhile', '4: SYN-RECEIVED', '5: ✗ expected ESTABLISHED, is SYN-SENT'],
    );
  });

  it('is deterministic', () => {
    const input = handshake().build();
    assert.strictEqual(toMermaid(input, EN).text, toMermaid(input, EN).text);
    assert.deepStrictEqual(toMermaid(input, EN).elements, toMermaid(input, EN).elements);
  });
});

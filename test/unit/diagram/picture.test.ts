import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { localize } from '../../../src/core/messages';
import { statePhase } from '../../../src/core/tcp/statePhase';
import { TCP_STATES } from '../../../src/core/tcp/states';
import { applyEdits } from '../editor/support';
import { parseSequence, renderSequence } from '../support/mermaidParse';
import { drawn } from './support';

const hostsOf = (text: string): string[] => analyze(text).hosts.map((h) => h.name);

const HANDSHAKE = 'A -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\nA -> B: ACK seq=101 ack=301\n';

describe('the picture: host order', () => {
  it('puts declared hosts in declaration order, whoever opens', () => {
    assert.deepStrictEqual(hostsOf(`host B\nhost A\nB: listen\n${HANDSHAKE}`), ['B', 'A']);
  });

  it('puts the opener on the left when no host is declared, as RFC 9293 draws TCP A', () => {
    assert.deepStrictEqual(hostsOf(`B: listen\n${HANDSHAKE}`), ['A', 'B']);
    assert.deepStrictEqual(hostsOf('server: listen\nclient: connect\nclient -> server: SYN seq=1\n'), ['client', 'server']);
    // An old duplicate does not open; the first real SYN does.
    assert.deepStrictEqual(hostsOf('A: listen\ndup B -> A: SYN seq=5\nA -> B: SYN seq=7\n'), ['A', 'B']);
  });

  it('falls back to first use when nobody opens', () => {
    assert.deepStrictEqual(hostsOf('B -> A: RST seq=1\n'), ['B', 'A']);
  });

  it('keeps the order when `B: listen` is written, or inserted by the quick fix, above `A -> B: SYN`', () => {
    const without = `host A\n${HANDSHAKE}`.replace('host A\n', '');
    assert.deepStrictEqual(hostsOf(without), ['A', 'B']);
    const fix = analyze(without)
      .diagnostics.flatMap((d) => d.fixes ?? [])
      .find((f) => localize(f.title, 'en') === 'Add `B: listen` before this line');
    assert.ok(fix, 'the missing listen is offered as a fix');
    const fixed = applyEdits(without, fix.edits);
    assert.match(fixed, /^B: listen\nA -> B: SYN/);
    assert.deepStrictEqual(hostsOf(fixed), ['A', 'B']);
    assert.match(analyze(fixed).diagram.text, /participant h0 as A\n {2}participant h1 as B\n/);
  });
});

describe('the picture: state rows', () => {
  /** Rows of the drawing Mermaid lays out one under another: notes and arrows. */
  const rows = (text: string): number => analyze(text).diagram.elements.length;

  it('draws a 3-way handshake in seven rows: three arrows and four rows of states', async () => {
    const text = `B: listen\n${HANDSHAKE}`;
    assert.strictEqual(rows(text), 7);
    const parsed = await parseSequence(analyze(text).diagram.text);
    assert.deepStrictEqual(drawn(parsed), [
      'note over h0,h1: CLOSED │ listen → LISTEN',
      'h0->>h1: SYN seq=100',
      'note over h0,h1: SYN-SENT │ SYN-RECEIVED',
      'h1->>h0: SYN,ACK seq=300 ack=101',
      'note left of h0: ESTABLISHED',
      'h0->>h1: ACK seq=101 ack=301',
      'note right of h1: ESTABLISHED',
    ]);
  });

  it('never draws more than one row of states after an arrow', () => {
    for (const text of [`B: listen\n${HANDSHAKE}A: close\nA -> B: FIN,ACK seq=101 ack=301\nB -> A: ACK seq=301 ack=102\n`, 'A ~> B: SYN seq=1 as s\nB -> A: SYN seq=5\ndeliver s\n']) {
      const { elements } = analyze(text).diagram;
      elements.forEach((element, index) => {
        if (index > 0 && element.kind === 'note' && elements[index - 1]!.kind === 'note' && element.phases && elements[index - 1]!.phases) {
          assert.notStrictEqual(element.line, elements[index - 1]!.line, `two rows of states for line ${element.line + 1}`);
        }
      });
    }
  });

  it('maps every rendered note to its line, one note per row', async () => {
    const analysis = analyze(`B: listen\n${HANDSHAKE}`);
    const rendered = await renderSequence(analysis.diagram.text);
    const notes = analysis.diagram.elements.filter((e) => e.kind === 'note');
    assert.deepStrictEqual(
      rendered.noteTexts.map((t, n) => `${notes[n]!.line + 1}: ${t} (${notes[n]!.phases?.join('+')})`),
      ['1: CLOSED │ listen → LISTEN (closed+opening)', '2: SYN-SENT │ SYN-RECEIVED (opening+opening)', '3: ESTABLISHED (synchronized)', '4: ESTABLISHED (synchronized)'],
    );
  });
});

describe('the picture: the Network lifeline', () => {
  it('ends with the last segment that goes through the network', async () => {
    const text = `B: listen\n${HANDSHAKE}A ~> B: FIN,ACK seq=101 ack=301 as fin\ndeliver fin\nB -> A: ACK seq=301 ack=102\n`;
    const diagram = analyze(text).diagram;
    const lines = diagram.text.split('\n').map((l) => l.trim());
    const destroy = lines.indexOf('destroy net');
    assert.ok(destroy > 0, diagram.text);
    assert.match(lines[destroy + 1]!, /^net->>h1: FIN,ACK/);
    assert.ok(!lines.slice(destroy + 1).some((l) => l.startsWith('h1->>net') || l.startsWith('h0-->>net')));
    // Mermaid accepts it and still draws every element once.
    const rendered = await renderSequence(diagram.text);
    assert.strictEqual(rendered.messageTexts.length, diagram.elements.filter((e) => e.kind === 'message').length);
  });

  it('is not there when nothing goes through the network', () => {
    assert.ok(!analyze(`B: listen\n${HANDSHAKE}`).diagram.text.includes('net'));
  });
});

describe('the picture: state phases', () => {
  it('gives every state its phase', () => {
    assert.deepStrictEqual(
      TCP_STATES.map((s) => `${s}:${statePhase(s)}`),
      [
        'CLOSED:closed',
        'LISTEN:opening',
        'SYN-SENT:opening',
        'SYN-RECEIVED:opening',
        'ESTABLISHED:synchronized',
        'FIN-WAIT-1:closing',
        'FIN-WAIT-2:closing',
        'CLOSE-WAIT:closing',
        'CLOSING:closing',
        'LAST-ACK:closing',
        'TIME-WAIT:closing',
      ],
    );
  });

  it('marks user notes and arrows with no phase', () => {
    const { elements } = analyze(`note "hello"\nB: listen\n${HANDSHAKE}`).diagram;
    assert.strictEqual(elements[0]!.phases, undefined);
    assert.ok(elements.filter((e) => e.kind === 'message').every((e) => e.phases === undefined));
  });
});

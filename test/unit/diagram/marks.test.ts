import * as assert from 'assert';
import { diagnostic, type Diagnostic } from '../../../src/core/diagnostics';
import { LineMarks } from '../../../src/core/diagram/marks';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import { range } from '../../../src/core/text';
import { Story } from './story';
import { drawn, EN, parsedAndMapped } from './support';

describe('toMermaid: what went wrong, marked where it happened', () => {
  it('marks a step with an error: a tinted block and ✗ on its text', async () => {
    const input = new Story(['A', 'B'])
      .segment('A', 'B', 'ACK', { seq: 1, ack: 1, len: 5, severity: 'error' })
      .action('A', 'listen', { severity: 'error' })
      .segment('A', 'B', 'SYN', { seq: 100, after: { A: 'SYN-SENT', B: 'CLOSED' }, severity: 'warning' })
      .build();
    const diagram = toMermaid(input, EN);
    const parsed = await parsedAndMapped(diagram);
    assert.deepStrictEqual(drawn(parsed).slice(1), [
      'rect',
      'h0->>h1: ✗ ACK seq=1 ack=1 len=5',
      'end',
      'rect',
      'note left of h0: ✗ listen',
      'end',
      'rect',
      'h0->>h1: ⚠ SYN seq=100',
      'note left of h0: SYN-SENT',
      'end',
    ]);
    const fills = parsed.items.flatMap((i) => (i.kind === 'rect' ? [i.color] : []));
    assert.strictEqual(fills[0], fills[1], 'errors share a tint');
    assert.notStrictEqual(fills[0], fills[2], 'warnings are tinted differently');
    for (const fill of fills) {
      // Translucent, so that the tint reads on light and dark backgrounds.
      assert.match(fill ?? '', /^rgba\(\d+, \d+, \d+, 0\.\d+\)$/);
    }
  });

  it('marks a step for what the parser or the host binding reported on its line, hints aside', async () => {
    const input = new Story(['A', 'B'])
      .segment('A', 'C', 'SYN')
      .reported('error')
      .segment('A', 'B', 'SYN SYN', { seq: 1, after: { A: 'SYN-SENT', B: 'SYN-RECEIVED' } })
      .reported('warning')
      .segment('B', 'A', 'SYN,ACK', { seq: 0, ack: 2, severity: 'error' })
      .reported('warning')
      .segment('A', 'B', 'ACK', { seq: 2, ack: 1 })
      .reported('hint')
      .build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.deepStrictEqual(drawn(parsed).slice(1), [
      'rect',
      'note left of h0: ✗ A -> C: SYN',
      'end',
      'rect',
      'h0->>h1: ⚠ SYN seq=1',
      'note over h0,h1: SYN-SENT │ SYN-RECEIVED',
      'end',
      'rect',
      'h1->>h0: ✗ SYN,ACK seq=0 ack=2',
      'end',
      'h0->>h1: ACK seq=2 ack=1',
    ]);
  });

  it('marks an expectation that does not hold where it was written, and nothing for one that holds', async () => {
    const input = new Story(['A', 'B'])
      .action('B', 'listen', { after: { B: 'LISTEN' } })
      .expect('B', 'LISTEN')
      .expect('A', 'ESTABLISHED')
      .build();
    const diagram = toMermaid(input, EN);
    const parsed = await parsedAndMapped(diagram);
    assert.deepStrictEqual(drawn(parsed).slice(1), ['rect', 'note left of h0: ✗ expected ESTABLISHED, is CLOSED', 'end']);
    assert.strictEqual(diagram.elements[diagram.elements.length - 1]!.line, 2);
  });

  it('shows a segment it cannot draw as written, beside its sender', async () => {
    const input = new Story(['A', 'B'])
      .segment('A', 'C', 'SYN', { severity: 'error' })
      .segment('A', 'A', 'SYN', { severity: 'error' })
      .segment('B', 'A', 'SYNN', { severity: 'error' })
      .build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.deepStrictEqual(parsed.participants.map((p) => p.id), ['h0', 'h1'], 'no participant for the unknown host');
    assert.deepStrictEqual(
      drawn(parsed).filter((d) => d.startsWith('note') && d.includes('✗')),
      ['note left of h0: ✗ A -> C: SYN', 'note left of h0: ✗ A -> A: SYN', 'note right of h1: ✗ B -> A: SYNN'],
    );
  });

  it('shows a deliver with nothing to deliver', async () => {
    const input = new Story(['A', 'B'])
      .deliver(undefined, { severity: 'error' })
      .deliver(undefined, { name: 's9', severity: 'error' })
      .build();
    const parsed = await parsedAndMapped(toMermaid(input, EN));
    assert.ok(!parsed.participants.some((p) => p.id === 'net'));
    assert.deepStrictEqual(drawn(parsed).filter((d) => d.includes('deliver')), [
      'note over h0,h1: ✗ deliver: nothing in flight',
      'note over h0,h1: ✗ deliver s9: no such segment in flight',
    ]);
  });
});

describe('LineMarks', () => {
  const on = (line: number, code: 'syntax' | 'duplicate-flag' | 'expect-mismatch' | 'zero-isn'): Diagnostic => diagnostic(code, range(line, 0, line, 1), 'test.mark');

  it('keeps the worst mark of each line, whatever the order', () => {
    const marks = new LineMarks([on(3, 'duplicate-flag'), on(3, 'syntax'), on(3, 'duplicate-flag'), on(5, 'zero-isn'), on(5, 'duplicate-flag'), on(6, 'zero-isn'), on(70000, 'syntax')]);
    assert.deepStrictEqual(
      [0, 3, 4, 5, 6, 69999, 70000, 70001].map((line) => marks.on(line)),
      [undefined, 'error', undefined, 'warning', undefined, undefined, 'error', undefined],
    );
  });

  it('keeps the expectations that failed on a line, in order', () => {
    const first = on(2, 'expect-mismatch');
    const second = on(2, 'expect-mismatch');
    const marks = new LineMarks([first, on(2, 'syntax'), second]);
    assert.deepStrictEqual(marks.failedExpectations(2), [first, second]);
    assert.deepStrictEqual(marks.failedExpectations(1), []);
  });
});

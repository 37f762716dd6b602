import * as assert from 'assert';
import { localize } from '../../../src/core/messages';
import { run } from './support';

describe('an arrival as a step keeps it', () => {
  const r = run(`
    |host A
    |host B
    |B: listen
    |A -> B: SYN seq=100
    |B -> A: SYN,ACK seq=300 ack=101
    |A -> B: ACK seq=101 ack=301
    |A -> B: ACK seq=101 ack=301 len=10
    |A -> B: ACK seq=90 ack=301
  `);
  const arrivals = r.steps.map((s) => (s.detail.kind === 'segment' ? s.detail.arrival : undefined));

  it('explains itself with the receiver, its state then, and the segment', () => {
    const data = arrivals[4]!;
    assert.strictEqual(data.host, 'B');
    assert.strictEqual(data.outcome, 'accepted');
    assert.deepStrictEqual({ ...data.explanation.args }, { ...data.explanation.args, host: 'B', state: 'ESTABLISHED', flags: 'ACK', seq: 101, ack: 301 });
    assert.ok(localize(data.explanation, 'en').length > 0);
  });

  it('keeps the arguments its rule adds, and the reply it owes', () => {
    const refused = arrivals[5]!;
    assert.strictEqual(refused.outcome, 'answered');
    assert.strictEqual(refused.reply, '<SEQ=301><ACK=111><CTL=ACK>');
    assert.strictEqual(refused.explanation.args['reply'], refused.reply);
    assert.strictEqual(refused.explanation.args['seq'], 90);
  });

  it('is written to JSON as model.ts writes an Arrival, as the preview posts steps', () => {
    const data = arrivals[4]!;
    assert.deepStrictEqual(JSON.parse(JSON.stringify(data)), {
      host: 'B',
      outcome: 'accepted',
      explanation: { id: data.explanation.id, args: { ...data.explanation.args } },
      rfc: data.rfc,
    });
  });
});

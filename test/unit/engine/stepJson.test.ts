import * as assert from 'assert';
import { run } from './support';

describe('a step as the analysis keeps it', () => {
  const r = run(`
    |host A
    |host B
    |B: listen
    |A -> B: SYN seq=100
    |B -> A: SYN,ACK seq=300 ack=101
    |A -> B: ACK seq=101 ack=301 len=10 "hello"
    |A -> B: ACK seq=90 ack=301
  `);

  it('is written to JSON with the fields model.ts names, in its order, as the preview posts steps', () => {
    for (const step of r.steps) {
      const json = JSON.parse(JSON.stringify(step)) as Record<string, unknown>;
      assert.deepStrictEqual(Object.keys(json), ['line', 'statementIndex', 'detail', 'before', 'states', 'transitions', 'owes', 'variables'].concat(step.severity ? ['severity'] : []));
      assert.deepStrictEqual(json['variables'], JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(step.variables).map(([h, v]) => [h, { ISS: v.ISS, IRS: v.IRS, SND_UNA: v.SND_UNA, SND_NXT: v.SND_NXT, SND_WND: v.SND_WND, RCV_NXT: v.RCV_NXT, RCV_WND: v.RCV_WND }])))));
      if (step.detail.kind === 'segment') {
        const { wire } = step.detail;
        assert.deepStrictEqual(Object.keys(json['detail'] as object), ['kind', 'from', 'to', 'dup', 'fate', 'wire', 'label', 'name', 'arrival'].filter((k) => (step.detail as unknown as Record<string, unknown>)[k] !== undefined));
        assert.deepStrictEqual((json['detail'] as { wire: unknown }).wire, JSON.parse(JSON.stringify({ flags: wire.flags, seq: wire.seq, ack: wire.ack, len: wire.len, win: wire.win, computed: wire.computed, impliedAck: wire.impliedAck, keepAlive: wire.keepAlive })));
      }
    }
  });

  it('reads each host by name, with the numbers of that step', () => {
    assert.deepStrictEqual(Object.keys(r.steps[3]!.variables), ['A', 'B']);
    assert.strictEqual(r.steps[3]!.variables['B']!.RCV_NXT, 111);
    assert.strictEqual(r.steps[3]!.variables['A']!.SND_NXT, 111);
    assert.strictEqual(r.steps[2]!.variables['A']!.SND_NXT, 101);
    const data = r.steps[3]!.detail;
    assert.ok(data.kind === 'segment' && data.label === 'hello' && data.wire.len === 10);
  });
});

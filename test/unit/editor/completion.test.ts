import * as assert from 'assert';
import { range } from '../../../src/core/text';
import { completionsAt, insideStringOrComment } from '../../../src/core/completion';
import { withCursor } from './support';

const HANDSHAKE = `
      |B: listen
      |A -> B: SYN seq=100`;

function complete(text: string, lang: 'en' | 'ko' = 'en') {
  const { analysis, at, lineText } = withCursor(text);
  return completionsAt(analysis, lineText, at, lang);
}

function labels(text: string): string[] {
  return complete(text)?.items.map((i) => i.label) ?? [];
}

describe('completion', () => {
  it('offers first the reply the sender owes, then what its state allows, then single bits', () => {
    const items = complete(`${HANDSHAKE}
      |B -> A: ¦`)!.items;
    assert.deepStrictEqual(items.slice(0, 4).map((i) => i.label), ['SYN,ACK', 'FIN,ACK', 'RST', 'SYN']);
    assert.strictEqual(items[0]!.detail, 'B owes this now');
    assert.strictEqual(items[0]!.preselect, true);
    assert.strictEqual(items[1]!.detail, 'B may send this in SYN-RECEIVED');
    // Every control bit is still reachable by typing.
    for (const flag of ['ACK', 'PSH', 'URG', 'ECE', 'CWR']) {
      assert.ok(items.some((i) => i.label === flag), flag);
    }
  });

  it('judges the sender by the state it is in at the cursor, not at the end of the script', () => {
    assert.deepStrictEqual(labels(`
      |B: listen
      |A -> B: ¦
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101`).slice(0, 1), ['SYN']);
    // After the SYN,ACK arrives, A owes the ACK of B's SYN.
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ¦`).slice(0, 1), ['ACK']);
  });

  it('offers the bits that complete an allowed segment after a joiner, without those already written', () => {
    const after = labels(`${HANDSHAKE}
      |B -> A: SYN+¦`);
    assert.strictEqual(after[0], 'ACK');
    assert.ok(!after.includes('SYN'));
  });

  it('offers the fields not yet written after the flags, and `as` only on a segment kept in flight', () => {
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |B -> A: SYN,ACK seq=300 ¦`).slice(0, 3), ['ack', 'len', 'win']);
    const field = complete(`${HANDSHAKE}
      |B -> A: SYN,ACK ¦`)!.items[0]!;
    assert.deepStrictEqual([field.label, field.insertText, field.retrigger], ['seq', 'seq=', true]);
    assert.ok(labels(`${HANDSHAKE}
      |B ~> A: SYN,ACK seq=300 ¦`).includes('as'));
    assert.ok(!labels(`${HANDSHAKE}
      |B -> A: SYN,ACK seq=300 ¦`).includes('as'));
  });

  it("offers the sender's SND.NXT after seq= and its RCV.NXT after ack=", () => {
    const base = `${HANDSHAKE}
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK `;
    assert.deepStrictEqual(
      complete(`${base}seq=¦`)!.items.map((i) => [i.label, i.detail]),
      [['101', "A's SND.NXT"]],
    );
    assert.deepStrictEqual(complete(`${base}seq=101 ack=¦`)!.items.map((i) => i.label), ['301']);
    // The typed digits are replaced.
    assert.deepStrictEqual(complete(`${base}seq=1¦`)!.range, range(3, 16, 3, 17));
  });

  it('offers the actions the host may take now', () => {
    assert.deepStrictEqual(labels(`
      |A: ¦`), ['listen', 'connect', 'reboot']);
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |B: ¦`), ['close', 'abort', 'timeout', 'reboot']);
  });

  it("offers state names after `expect A`, the host's current state first, and replaces a state typed with '-'", () => {
    const result = complete(`${HANDSHAKE}
      |expect B SYN-RE¦`)!;
    assert.strictEqual(result.items[0]!.label, 'SYN-RECEIVED');
    assert.strictEqual(result.items[0]!.detail, 'B is SYN-RECEIVED here');
    assert.strictEqual(result.items.length, 11);
    assert.deepStrictEqual(result.range, range(2, 9, 2, 15));
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |expect B SYN-RECEIVED, A ¦`)[0], 'SYN-SENT');
  });

  it('offers hosts: at the start of a line, after an arrow (the other host), after `expect` (those not yet named first)', () => {
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |A -> ¦`), ['B']);
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |expect A SYN-SENT, ¦`), ['B', 'A']);
    assert.deepStrictEqual(labels(`${HANDSHAKE}
      |note ¦`), ['A', 'B']);
    const start = labels(`${HANDSHAKE}
      |¦`);
    assert.deepStrictEqual(start, ['dup', 'deliver', 'expect', 'note', 'A', 'B']);
    // title and host belong to the header, before the first event.
    assert.deepStrictEqual(labels(`
      |¦
      |B: listen`).slice(0, 2), ['title', 'host']);
  });

  it('offers the names of the segments in flight after `deliver`, not those already delivered', () => {
    const text = `
      |A ~> B: SYN seq=100 as first
      |B -> A: SYN seq=300
      |A ~> B: SYN,ACK seq=100 ack=301 as second
      |deliver first
      |deliver ¦`;
    const items = complete(text)!.items;
    assert.deepStrictEqual(items.map((i) => [i.label, i.detail]), [['second', 'A → B: SYN,ACK (line 3)']]);
  });

  it('offers nothing inside a string or a comment, or where nothing can follow', () => {
    assert.strictEqual(complete(`${HANDSHAKE}
      |note A "B -> A: ¦"`), undefined);
    assert.strictEqual(complete(`${HANDSHAKE}
      |# A: ¦`), undefined);
    assert.strictEqual(complete(`${HANDSHAKE}
      |B ~> A: ACK as ¦`), undefined);
    assert.ok(insideStringOrComment('note "a \\" b'));
    assert.ok(!insideStringOrComment('note "a \\\\" b'));
  });

  it('speaks Korean when asked', () => {
    const items = complete(`${HANDSHAKE}
      |B -> A: ¦`, 'ko')!.items;
    assert.strictEqual(items[0]!.detail, 'B 쪽이 지금 보내야 할 응답');
  });
});

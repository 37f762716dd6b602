import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { completionsAt, insideStringOrComment } from '../../../src/core/completion';
import { range } from '../../../src/core/text';
import { judgeSends, TrialSend } from '../../../src/core/trialSend';
import { withCursor } from './support';

const HANDSHAKE = `
      |B: listen
      |A -> B: SYN seq=100`;

function complete(text: string, lang: 'en' | 'ko' = 'en') {
  const { analysis, at, lineText } = withCursor(text);
  return completionsAt(analysis, lineText, at, lang, judgeSends);
}

/** The labels of the language's items; snippets (tested apart) left out. */
function labels(text: string): string[] {
  return complete(text)?.items.filter((i) => i.kind !== 'snippet').map((i) => i.label) ?? [];
}

describe('completion', () => {
  it('offers first the reply the sender owes, then what its state allows, then single bits', () => {
    const items = complete(`${HANDSHAKE}
      |B -> A: ¦`)!.items;
    assert.deepStrictEqual(items.slice(0, 2).map((i) => i.label), ['SYN,ACK', 'RST']);
    assert.strictEqual(items[0]!.detail, 'B owes this now');
    assert.strictEqual(items[0]!.preselect, true);
    assert.strictEqual(items[1]!.detail, 'B may send this in SYN-RECEIVED');
    // FIN,ACK is a segment of SYN-RECEIVED, but not before the SYN,ACK B owes: the engine refuses it, so it comes last.
    assert.deepStrictEqual([items[2]!.label, items[2]!.detail], ['FIN,ACK', 'B may not send this in SYN-RECEIVED']);
    // Every control bit is still reachable by typing.
    for (const flag of ['ACK', 'PSH', 'URG', 'ECE', 'CWR']) {
      assert.ok(items.some((i) => i.label === flag), flag);
    }
  });

  it('lists the bits the sender may not send after those it may, each saying why in the words of the problem it would raise', () => {
    const items = complete(`${HANDSHAKE}
      |A -> B: ¦`)!.items;
    // In SYN-SENT A may only send its SYN again; every other bit is refused by the replay's own rules.
    assert.deepStrictEqual(items.map((i) => i.label), ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR']);
    const fin = items.find((i) => i.label === 'FIN')!;
    assert.strictEqual(fin.detail, 'A may not send this in SYN-SENT');
    assert.deepStrictEqual(items.map((i) => i.refused === true), [false, true, true, true, true, true, true, true]);
    assert.match(fin.documentation!, /^A is SYN-SENT: a FIN before the connection is synchronized\. .*write `A: close`\. \(RFC 9293 §3\.10\.4\)\n\nNo more data from sender/);
    assert.match(items.find((i) => i.label === 'RST')!.documentation!, /Write `A: abort` instead/);
    // The same bits, once the connection exists: FIN is fine, SYN is the one refused, and it comes last.
    const established = complete(`${HANDSHAKE}
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |A -> B: ¦`)!.items;
    assert.strictEqual(established[established.length - 1]!.label, 'SYN');
    assert.match(established[established.length - 1]!.documentation!, /connection already exists/);
    assert.strictEqual(established.find((i) => i.label === 'FIN')!.detail, 'control bit');
  });

  it('judges segments by replay only up to a story of TrialSend.MAX_EVENTS events, and keeps to the state table beyond', () => {
    const established = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301'];
    const story = (events: number) => [...established, ...Array.from({ length: events - established.length }, () => 'B -> A: ACK seq=301 ack=101')].join('\n');
    const lastAt = (events: number) => {
      const text = `${story(events)}\nA -> B: `;
      const line = events;
      return completionsAt(analyze(text), 'A -> B: ', { line, character: 8 }, 'en', judgeSends)!.items.at(-1)!;
    };
    assert.strictEqual(lastAt(TrialSend.MAX_EVENTS).detail, 'A may not send this in ESTABLISHED');
    assert.strictEqual(lastAt(TrialSend.MAX_EVENTS + 1).detail, 'control bit');
  });

  it('judges the bits added to those written, and not an old duplicate, which its sender did not send now', () => {
    const more = complete(`${HANDSHAKE}
      |B -> A: SYN+¦`)!.items;
    assert.deepStrictEqual([more[0]!.label, more[0]!.detail], ['ACK', 'B may send this in SYN-RECEIVED']);
    assert.strictEqual(more.find((i) => i.label === 'FIN')!.detail, 'B may not send this in SYN-RECEIVED');
    const dup = complete(`${HANDSHAKE}
      |dup A -> B: ¦`)!.items;
    assert.ok(dup.every((i) => !/may not/.test(i.detail ?? '')), dup.map((i) => i.detail).join(', '));
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

  it('offers the snippets only where a line starts, replacing the prefix typed, with the script\'s hosts', () => {
    const snippets = (text: string) => complete(text)?.items.filter((i) => i.kind === 'snippet') ?? [];
    const atStart = snippets(`${HANDSHAKE}
      |  3wa¦`);
    assert.deepStrictEqual(atStart.map((i) => i.label), ['handshake', '3way', 'close4', '4way', 'simopen', 'simclose', 'abort', 'rst']);
    // The digit is part of the prefix: the snippet replaces `3wa`, not only `wa`.
    assert.deepStrictEqual(atStart[1]!.range, range(2, 2, 2, 5));
    assert.match(atStart[1]!.insertText!, /^\$\{2:B\}: listen\n\$\{1:A\} -> \$\{2:B\}: SYN seq=100\n/);
    assert.strictEqual(atStart[1]!.detail, '3-way handshake');
    assert.match(atStart[1]!.documentation!, /RFC 9293 Figure 6[\s\S]*```tcpflow\nB: listen\nA -> B: SYN seq=100/);
    // Anywhere else on a line, a snippet would split the statement.
    for (const mid of ['B -> A: ¦', 'B -> A: SYN,ACK ¦', 'expect ¦', 'B: ¦', 'note ¦', 'dup ¦', 'B -> A: 3wa¦']) {
      assert.deepStrictEqual(snippets(`${HANDSHAKE}
      |${mid}`), [], mid);
    }
  });

  it('offers the exercise snippet only in a script that has nothing yet, since it writes a header', () => {
    const labels = (text: string) => (complete(text)?.items ?? []).filter((i) => i.kind === 'snippet').map((i) => i.label);
    assert.ok(labels('¦').includes('exercise'));
    assert.ok(labels(`
      |# a comment is not a story
      |ex¦`).includes('exercise'));
    assert.ok(!labels(`${HANDSHAKE}
      |¦`).includes('exercise'));
  });

  it('speaks Korean when asked', () => {
    const items = complete(`${HANDSHAKE}
      |B -> A: ¦`, 'ko')!.items;
    assert.strictEqual(items[0]!.detail, 'B 쪽이 지금 보내야 할 응답');
    const snippet = complete(`${HANDSHAKE}
      |4w¦`, 'ko')!.items.find((i) => i.label === '4way')!;
    assert.strictEqual(snippet.detail, '4-way 핸드셰이크로 닫기');
    assert.match(snippet.documentation!, /^설정된 연결 닫기/);
    const fin = complete(`${HANDSHAKE}
      |A -> B: ¦`, 'ko')!.items.find((i) => i.label === 'FIN')!;
    assert.strictEqual(fin.detail, 'SYN-SENT인 A는 보낼 수 없음');
    assert.match(fin.documentation!, /^A는 SYN-SENT 상태입니다\. .*`A: close`라고 쓰세요/);
  });
});

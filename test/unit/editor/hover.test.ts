import * as assert from 'assert';
import { range } from '../../../src/core/text';
import { hoverAt } from '../../../src/core/hover';
import { withCursor } from './support';

function hover(text: string, lang: 'en' | 'ko' = 'en') {
  const { analysis, at } = withCursor(text);
  return hoverAt(analysis, at, lang);
}

function markdown(text: string, lang: 'en' | 'ko' = 'en'): string {
  const result = hover(text, lang);
  assert.ok(result, 'a hover');
  return result.markdown;
}

const OPEN = `
      |host A "Client"
      |host B
      |B: listen
      |A -> B: SYN seq=100`;

describe('hover', () => {
  it("shows a host's state change on an event line, and its state on other lines", () => {
    const onEvent = markdown(`${OPEN}
      |B -> ¦A: SYN,ACK seq=300 ack=101`);
    assert.match(onEvent, /Host \*\*A\*\* — shown as “Client”/);
    assert.match(onEvent, /A: \*\*SYN-SENT\*\* → \*\*ESTABLISHED\*\* on this line/);
    const inNote = markdown(`${OPEN}
      |note ¦B "waiting"`);
    assert.match(inNote, /B is \*\*SYN-RECEIVED\*\* here/);
  });

  it("writes a host's label with its line separators and controls as character references", () => {
    const text = markdown(`
      |host ¦A "one\u2028two\u0085three\u2029four"
      |host B`);
    assert.match(text, /one&#8232;two&#133;three&#8233;four/);
    assert.doesNotMatch(text, /[\u0085\u2028\u2029]/);
  });

  it('explains an event: the wire, the arrival, each state change with its reason and RFC section, and what is owed', () => {
    const text = markdown(`${OPEN}
      |B ¦-> A: SYN,ACK seq=300 ack=101`);
    assert.match(text, /\*\*B → A\*\*: SYN,ACK/);
    assert.match(text, /`<SEQ=300><ACK=101><CTL=SYN,ACK>`/);
    assert.match(text, /\*\*SYN-SENT → ESTABLISHED\*\*: A: rcv SYN,ACK, snd ACK \(\[RFC 9293 §3\.10\.7\.3\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9293#section-3\.10\.7\.3\)\)/);
    assert.match(text, /A now owes: ACK/);
    assert.match(text, /After this line: B: SYN-RECEIVED · A: ESTABLISHED|After this line: A: ESTABLISHED · B: SYN-RECEIVED/);
  });

  it('covers the whole statement for an event, and the word for a part of it', () => {
    const event = hover(`${OPEN}
      |B -¦> A: SYN,ACK seq=300 ack=101`)!;
    assert.deepStrictEqual(event.range, range(4, 0, 4, 31));
    const flag = hover(`${OPEN}
      |B -> A: SYN,A¦CK seq=300 ack=101`)!;
    assert.deepStrictEqual(flag.range, range(4, 12, 4, 15));
  });

  it('explains a control bit, with the segment it went out in', () => {
    const text = markdown(`${OPEN}
      |B -> A: S¦YN,ACK seq=300 ack=101`);
    assert.match(text, /Control bit \*\*SYN\*\* \(RFC 9293 §3\.1\): Synchronize sequence numbers\./);
    assert.match(text, /<SEQ=300><ACK=101><CTL=SYN,ACK>/);
  });

  it("shows seq and ack with the sender's SND.NXT and RCV.NXT before the segment", () => {
    const base = `${OPEN}
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK `;
    const seq = markdown(`${base}se¦q=101 ack=301`);
    assert.match(seq, /SEG\.SEQ.*\*\*101\*\*/);
    assert.match(seq, /A's SND\.NXT before this segment: 101\./);
    const ack = markdown(`${base}seq=101 ack=3¦01`);
    assert.match(ack, /SEG\.ACK.*\*\*301\*\*/);
    assert.match(ack, /A's RCV\.NXT before this segment: 301\./);
    const len = markdown(`${base}seq=101 ack=301 l¦en=10`);
    assert.match(len, /\*\*10\*\*\. SEG\.LEN, which also counts SYN and FIN, is 10\./);
  });

  it('explains a state name in expect, and whether the expectation holds', () => {
    const holds = markdown(`${OPEN}
      |expect B SYN-REC¦EIVED`);
    assert.match(holds, /State \*\*SYN-RECEIVED\*\*/);
    assert.match(holds, /Not synchronized yet/);
    assert.match(holds, /✓ B is SYN-RECEIVED here\./);
    const fails = markdown(`${OPEN}
      |expect A ESTAB¦`);
    assert.match(fails, /✗ A is \*\*SYN-SENT\*\* here, not ESTABLISHED\./);
    assert.match(fails, /A synchronized state/);
  });

  it("explains a state with the lesson's words and RFC 9293 §3.3.2's, in both languages", () => {
    const text = `${OPEN}
      |expect B SYN-REC¦EIVED`;
    const en = markdown(text);
    assert.match(en, /answered with SYN,ACK and waits for the ACK/);
    assert.match(en, /RFC 9293 §3\.3\.2: \*SYN-RECEIVED represents waiting for a confirming connection request acknowledgment/);
    const ko = markdown(text, 'ko');
    assert.match(ko, /상태 \*\*SYN-RECEIVED\*\*/);
    assert.match(ko, /SYN,ACK로 답한 뒤/);
    assert.match(ko, /RFC 9293 §3\.3\.2: \*SYN-RECEIVED: 연결 요청을 받고 또 보낸 뒤/);
  });

  it('explains a control bit with its RFC meaning and what it does in the story', () => {
    const en = markdown(`${OPEN}
      |B -> A: SYN,A¦CK`);
    assert.match(en, /Control bit \*\*ACK\*\* \(RFC 9293 §3\.1\): Acknowledgment field is significant\./);
    assert.match(en, /SEG\.ACK is the next sequence number the sender expects/);
    assert.match(markdown(`${OPEN}
      |B -> A: SYN,A¦CK`, 'ko'), /제어 비트 \*\*ACK\*\*.*확인응답 번호 필드가 유효합니다/s);
  });

  it('explains actions, keywords and in-flight names', () => {
    assert.match(markdown(`${OPEN}
      |A: ab¦ort`), /\*\*A: abort\*\*: ABORT/);
    assert.match(markdown(`${OPEN}
      |B ~> A: SYN,ACK seq=300 ack=101 as re¦ply`), /Segment \*\*reply\*\*, kept in the network until `deliver reply`/);
    assert.match(markdown(`${OPEN}
      |B ~> A: SYN,ACK seq=300 ack=101 as reply
      |del¦iver reply`), /the segment B sent on line 5 \(SYN,ACK\) arrives at A now/);
    assert.match(markdown(`${OPEN}
      |du¦p A -> B: SYN seq=90`), /\*\*dup\*\*: an old duplicate/);
  });

  it('shows nothing over blank space or a comment', () => {
    assert.strictEqual(hover(`${OPEN}   ¦  # comment`), undefined);
    assert.strictEqual(hover(`${OPEN}
      |# co¦mment`), undefined);
  });

  it('speaks Korean when asked, keeping the RFC names', () => {
    const text = markdown(`${OPEN}
      |B ¦-> A: SYN,ACK seq=300 ack=101`, 'ko');
    assert.match(text, /상태 변화:/);
    assert.match(text, /A 쪽이 이제 보내야 할 응답: ACK/);
    assert.match(text, /SYN-SENT → ESTABLISHED/);
  });
});

import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { localize } from '../../../src/core/messages';
import { ENGINE_MESSAGES } from '../../../src/core/messages/engine';
import type { Lang } from '../../../src/core/messages/lang';

/**
 * A problem says first what happened and what to do, in words a student reads, and gives the RFC's
 * notation (<SEQ=..><CTL=..>, SEG.SEQ, RCV.NXT, [a, b) windows) only after that, in parentheses.
 */

/** The first clause of a message: up to the first sentence or clause end, or the first parenthesis. */
function lead(text: string): string {
  return text.split(/(?<=[.:?!])\s|\(/)[0]!;
}

const NOTATION = /<(?:SEQ|ACK|CTL)=|\b(?:SEG|SND|RCV)\.[A-Z]|\bSEQ=|\[\{/;

describe('engine messages lead with plain words, then the notation', () => {
  for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
    it(`${lang}: no message opens with RFC notation`, () => {
      const leading = Object.entries(ENGINE_MESSAGES[lang])
        .filter(([, text]) => NOTATION.test(lead(text)))
        .map(([id, text]) => `${id}: ${lead(text)}`);
      assert.deepStrictEqual(leading, []);
    });
  }

  it('a segment outside the receive window says where the window is in numbers, then in the RFC variables', () => {
    const story = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', 'A -> B: ACK seq=90000 ack=301 len=10'].join('\n');
    const diagnostic = analyze(story).diagnostics.find((d) => d.message.id === 'arrive.outOfWindow')!;
    assert.ok(diagnostic, 'the out-of-window segment is reported');
    assert.match(localize(diagnostic.message, 'en'), /^B accepts sequence numbers from 101 up to \d+ \(not included\), and this segment starts at 90000, outside that window: B drops it and answers with an ACK that says what it expects\. \(<SEQ=301><ACK=101><CTL=ACK>; RCV\.NXT=101, /);
    assert.match(localize(diagnostic.message, 'ko'), /^B는 101부터 \d+ 앞까지의 순서 번호를 받는데, 이 세그먼트는 그 윈도 밖인 90000에서 시작합니다\./);
  });

  it("an abort's RST with the wrong number says which number to write", () => {
    const story = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', 'A: abort', 'A -> B: RST seq=150'].join('\n');
    const diagnostic = analyze(story).diagnostics.find((d) => d.message.id === 'send.rstSeq')!;
    assert.strictEqual(localize(diagnostic.message, 'en'), "A's abort sends its RST with its next sequence number, 101: write seq=101, not 150. (<SEQ=SND.NXT><CTL=RST>)");
    assert.strictEqual(localize(diagnostic.message, 'ko'), 'A의 ABORT는 다음 순서 번호 101로 RST를 보냅니다. seq=150이 아니라 seq=101로 쓰세요. (<SEQ=SND.NXT><CTL=RST>)');
  });
});

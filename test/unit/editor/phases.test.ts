import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { phases } from '../../../src/core/phases';
import { script } from './support';

/** `kind startLine-endLine` with 1-based lines, as a reader counts them. */
function outline(text: string): string[] {
  return phases(analyze(text)).map((p) => `${p.kind} ${p.startLine + 1}-${p.endLine + 1}`);
}

describe('phases', () => {
  it('splits RFC 9293 Figures 6 and 12 into setup, data transfer and close, with the header outside', () => {
    const text = script(`
      |title "Open, talk, close"
      |host A
      |host B
      |
      |# Three-way handshake
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |expect A ESTABLISHED, B ESTABLISHED
      |
      |A -> B: ACK len=10 "GET /"
      |B -> A: ACK
      |
      |note A "done"
      |A: close
      |A -> B: FIN,ACK
      |B -> A: ACK
      |B: close
      |B -> A: FIN,ACK
      |A -> B: ACK
      |A: timeout
      |# the end
    `);
    assert.deepStrictEqual(outline(text), ['handshake 5-10', 'data 12-13', 'close 15-23']);
  });

  it('starts a new setup after a reboot (RFC 9293 Figure 9) and treats the reset as a close', () => {
    const text = script(`
      |B: listen
      |A -> B: SYN seq=99
      |B -> A: SYN,ACK seq=299 ack=100
      |A -> B: ACK seq=100 ack=300
      |A: reboot
      |A -> B: SYN seq=400
      |B -> A: ACK seq=300 ack=100
      |A -> B: RST seq=100
      |A -> B: SYN seq=400
    `);
    assert.deepStrictEqual(outline(text), ['handshake 1-4', 'close 5-5', 'handshake 6-7', 'close 8-8', 'handshake 9-9']);
  });

  it('keeps an expect with the events it checks, and a note or comment with the events it introduces', () => {
    const text = script(`
      |B: listen
      |A -> B: SYN seq=100
      |B -> A: SYN,ACK seq=300 ack=101
      |A -> B: ACK seq=101 ack=301
      |expect A ESTABLISHED, B ESTABLISHED
      |# now some data
      |note A "request"
      |A -> B: ACK len=5
    `);
    assert.deepStrictEqual(outline(text), ['handshake 1-5', 'data 6-8']);
  });

  it('has no phases without events', () => {
    assert.deepStrictEqual(outline('title "empty"\n# nothing yet\n'), []);
  });
});

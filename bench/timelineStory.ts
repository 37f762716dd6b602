/**
 * A long story with what the timeline draws beyond arrows: every third data
 * segment is lost and retransmitted (an RTO bracket each), and the close ends
 * in TIME-WAIT's 2MSL. `events` event lines in all.
 */
export function lossyTransferStory(events: number): string {
  const lines = ['title "Lossy transfer"', 'host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN+ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301'];
  const handshake = 4;
  const close = 5;
  let seq = 101;
  let left = events - handshake - close;
  for (let block = 0; left > 0; block++) {
    if (block % 3 === 2 && left >= 3) {
      lines.push(`A -x B: ACK seq=${seq} ack=301 len=100`, `A -> B: ACK seq=${seq} ack=301 len=100`);
      left -= 2;
    } else if (left >= 2) {
      lines.push(`A -> B: ACK seq=${seq} ack=301 len=100`);
      left -= 1;
    } else {
      lines.push(`B -> A: ACK seq=301 ack=${seq}`);
      left -= 1;
      continue;
    }
    seq += 100;
    lines.push(`B -> A: ACK seq=301 ack=${seq}`);
    left -= 1;
  }
  lines.push(`A -> B: FIN+ACK seq=${seq} ack=301`, `B -> A: ACK seq=301 ack=${seq + 1}`, `B -> A: FIN+ACK seq=301 ack=${seq + 1}`, `A -> B: ACK seq=${seq + 1} ack=302`, 'A: timeout');
  return lines.join('\n') + '\n';
}

/**
 * A long but ordinary story: a three-way handshake, a bulk transfer in which
 * every data segment is acknowledged, and a close, written the way the RFC's
 * figures write it (every seq and ack given). `events` event lines in all.
 */
export function bulkTransferStory(events: number): string {
  const lines = ['title "Bulk transfer"', 'host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN+ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301'];
  const handshake = 4;
  const close = 5;
  let seq = 101;
  for (let i = 0; i < events - handshake - close; i++) {
    if (i % 2 === 0) {
      lines.push(`A -> B: ACK seq=${seq} ack=301 len=100`);
      seq += 100;
    } else {
      lines.push(`B -> A: ACK seq=301 ack=${seq}`);
    }
  }
  lines.push(`A -> B: FIN+ACK seq=${seq} ack=301`, `B -> A: ACK seq=301 ack=${seq + 1}`, `B -> A: FIN+ACK seq=301 ack=${seq + 1}`, `A -> B: ACK seq=${seq + 1} ack=302`, 'A: timeout');
  return lines.join('\n') + '\n';
}

/**
 * The bulk transfer with a mistake on every data segment: each acknowledges a sequence number the
 * server never sent, so nearly every event line has a problem or two (a script full of them).
 */
export function wrongAcksStory(events: number): string {
  return bulkTransferStory(events).replace(/(A -> B: ACK seq=\d+) ack=301 len=100/g, '$1 ack=777 len=100');
}

/**
 * Stories built to find work that grows faster than the text: each names one construct a
 * long script (a pasted capture, a generated exercise, a hostile input) can repeat n times.
 * The scale tests check that the result is right at tens of thousands; `npm run bench` times
 * each at 1k, 10k and 100k.
 */
export interface ScaleConstruct {
  readonly name: string;
  /** A script that repeats the construct about `n` times. */
  story(n: number): string;
}

const HANDSHAKE = ['host A "Client"', 'host B "Server"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN+ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301'];

function script(lines: readonly string[]): string {
  return [...HANDSHAKE, ...lines].join('\n') + '\n';
}

/** n named segments left in the network: every name must be checked against the others. */
export function namedInFlight(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`A ~> B: ACK seq=101 ack=301 as s${i}`);
  }
  return script(lines);
}

/** n named segments in flight, then delivered newest first, each found by its name. */
export function deliveredNewestFirst(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(`A ~> B: ACK seq=101 ack=301 as s${i}`);
  }
  for (let i = n - 1; i >= 0; i--) {
    lines.push(`deliver s${i}`);
  }
  return script(lines);
}

/** n unnamed segments in flight, then n plain `deliver`s, each taking the oldest. */
export function deliveredOldestFirst(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push('A ~> B: ACK seq=101 ack=301');
  }
  for (let i = 0; i < n; i++) {
    lines.push('deliver');
  }
  return script(lines);
}

/**
 * n one-octet segments sent newest first: every one but the last of a run is held out of order,
 * and the last releases the run. A run stays inside B's window of 65535 octets; B acknowledges
 * each run before the next begins.
 */
export function octetsInReverse(n: number, run = 50_000): string {
  const lines: string[] = [];
  for (let start = 0; start < n; start += run) {
    const count = Math.min(run, n - start);
    for (let i = count - 1; i >= 0; i--) {
      lines.push(`A -> B: ACK seq=${101 + start + i} ack=301 len=1`);
    }
    lines.push(`B -> A: ACK seq=301 ack=${101 + start + count}`);
  }
  return script(lines);
}

/** n/2 named segments in flight, then n/2 `deliver` of a name that is not among them. */
export function unknownDeliveries(n: number): string {
  const half = Math.max(1, Math.floor(n / 2));
  const lines: string[] = [];
  for (let i = 0; i < half; i++) {
    lines.push(`A ~> B: ACK seq=101 ack=301 as s${i}`);
  }
  for (let i = 0; i < half; i++) {
    lines.push('deliver nope');
  }
  return script(lines);
}

/** n segments all named alike: the duplicate-name check, and deliveries by that one name. */
export function oneNameForAll(n: number): string {
  const half = Math.max(1, Math.floor(n / 2));
  const lines: string[] = [];
  for (let i = 0; i < half; i++) {
    lines.push('A ~> B: ACK seq=101 ack=301 as s');
  }
  for (let i = 0; i < half; i++) {
    lines.push('deliver s');
  }
  return script(lines);
}

export const SCALE_CONSTRUCTS: readonly ScaleConstruct[] = [
  { name: 'named segments in flight', story: namedInFlight },
  { name: 'delivered newest first by name', story: deliveredNewestFirst },
  { name: 'deliver the oldest in flight', story: deliveredOldestFirst },
  { name: 'one-octet segments in reverse (held)', story: octetsInReverse },
  { name: 'deliver of an unknown name', story: unknownDeliveries },
  { name: 'one name for every segment', story: oneNameForAll },
];

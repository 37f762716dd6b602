/**
 * Sequence number arithmetic modulo 2^32 (RFC 9293 §3.4): comparisons are made
 * on the signed 32-bit difference, so 4294967295 < 5 when the space wraps.
 */

/** a + n modulo 2^32; `>>> 0` is that modulo for any integer, without a floating-point division. */
export function seqAdd(a: number, n: number): number {
  return (a + n) >>> 0;
}

/** a − b as a signed 32-bit number. */
export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

export function seqLt(a: number, b: number): boolean {
  return seqDiff(a, b) < 0;
}

export function seqLeq(a: number, b: number): boolean {
  return seqDiff(a, b) <= 0;
}

export function seqGt(a: number, b: number): boolean {
  return seqDiff(a, b) > 0;
}

export function seqGeq(a: number, b: number): boolean {
  return seqDiff(a, b) >= 0;
}

/** start =< x < start + size, in sequence space. */
export function seqInWindow(x: number, start: number, size: number): boolean {
  return size > 0 && ((x - start) >>> 0) < size;
}

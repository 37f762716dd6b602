import { SLICE_SIZE, type Sliced } from './slices';

/**
 * A stable sort that yields between slices (see slices.ts): the same order as Array#sort with the
 * same comparison, for lists long enough that sorting them at once would hold the editor up (the
 * problems of a pasted capture). Bottom-up merge sort: runs of 1, 2, 4… are merged in turn.
 */
export function* sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number): Sliced<T[]> {
  let from = [...items];
  if (from.length <= SLICE_SIZE) {
    return from.sort(compare);
  }
  let to = new Array<T>(from.length);
  let sinceYield = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out++) {
        // Ties go to the left run, which came first: that keeps the sort stable.
        to[out] = right >= end || (left < middle && compare(from[left]!, from[right]!) <= 0) ? from[left++]! : from[right++]!;
      }
      sinceYield += end - start;
      if (sinceYield >= SLICE_SIZE * 16) {
        sinceYield = 0;
        yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

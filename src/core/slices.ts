/**
 * Work that can be spread over many short turns: a generator that yields between slices of a
 * long loop (every SLICE_SIZE lines, statements or steps) and returns its result. The editor
 * drives one a few milliseconds at a time, so a long script never holds up the extension host;
 * everyone else runs it to the end at once.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Iterations between two yields: each costs microseconds, so a slice stays well under a millisecond. */
export const SLICE_SIZE = 256;

/** True when iteration `index` should yield first. */
export function sliceEnds(index: number): boolean {
  return index % SLICE_SIZE === SLICE_SIZE - 1;
}

/** Runs sliced work to the end, without yielding to anyone. */
export function runToEnd<T>(work: Sliced<T>): T {
  for (;;) {
    const next = work.next();
    if (next.done) {
      return next.value;
    }
  }
}

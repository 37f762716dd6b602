import type { Sliced } from '../core/slices';

/** How long one turn of sliced work may hold the extension host before it lets others run. */
export const TURN_BUDGET_MS = 8;

/** Node's setImmediate; a web worker extension host has none, and a zero timeout does the same there. */
export const nextTurn: (run: () => void) => void = typeof setImmediate === 'function' ? setImmediate : (run) => setTimeout(run, 0);

/**
 * Drives sliced work (core/slices.ts) a turn at a time: each turn runs slices until
 * TURN_BUDGET_MS have passed, then gives the event loop back (setImmediate, so timers, I/O
 * and every other extension's messages come first), and the next turn continues.
 */
export class SlicedRun<T> {
  private cancelled = false;

  constructor(
    private readonly work: Sliced<T>,
    private readonly onDone: (result: T) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    nextTurn(() => this.turn());
  }

  cancel(): void {
    this.cancelled = true;
  }

  private turn(): void {
    if (this.cancelled) {
      return;
    }
    const start = performance.now();
    try {
      for (;;) {
        const next = this.work.next();
        if (next.done) {
          this.onDone(next.value);
          return;
        }
        if (performance.now() - start >= TURN_BUDGET_MS) {
          break;
        }
      }
    } catch (error) {
      this.onError(error);
      return;
    }
    nextTurn(() => this.turn());
  }
}

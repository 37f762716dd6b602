/**
 * When the next drawing may start, from what the last one cost.
 *
 * Mermaid draws a story in one long task that cannot be split, and in a
 * browser-hosted VS Code the page shares its thread with the editor: while
 * it draws, typing stops. So a drawing that costs little is made at once,
 * and one that costs more waits until typing has paused for longer than the
 * drawing takes (`patience` × its cost): a story that takes 800 ms is not
 * redrawn at every short pause. When typing resumes while a drawing ran
 * (it was in the way), patience doubles for the next one; each drawing that
 * finishes undisturbed lowers it again. Pure: the clock is given.
 */

/** A drawing cheaper than this is never held back: a task this short does not stop typing. */
export const CHEAP_RENDER_MS = 100;
const MIN_PATIENCE = 1;
const MAX_PATIENCE = 8;
/** However expensive, a drawing waits for at most this much quiet. */
const MAX_QUIET_MS = 4000;

export class RenderPacer {
  private lastInput = -Infinity;
  private lastCost = 0;
  private patience = MIN_PATIENCE;
  private rendering = false;
  private disturbed = false;

  constructor(private readonly now: () => number) {}

  /** The user typed (or the script changed) just now. */
  noteInput(): void {
    this.lastInput = this.now();
    if (this.rendering) {
      this.disturbed = true;
    }
  }

  renderStarted(): void {
    this.rendering = true;
    this.disturbed = false;
  }

  /** A drawing finished after `costMs` of work. */
  renderFinished(costMs: number): void {
    this.rendering = false;
    this.lastCost = costMs;
    this.patience = this.disturbed ? Math.min(MAX_PATIENCE, this.patience * 2) : Math.max(MIN_PATIENCE, this.patience * 0.75);
  }

  /** What the last drawing cost, in milliseconds. */
  get lastRenderCost(): number {
    return this.lastCost;
  }

  /** The quiet a drawing needs before it starts, in milliseconds. */
  get quietNeeded(): number {
    return this.lastCost < CHEAP_RENDER_MS ? 0 : Math.min(MAX_QUIET_MS, this.lastCost * this.patience);
  }

  /** How much longer the next drawing should wait. */
  delay(): number {
    return this.lastInput + this.quietNeeded - this.now();
  }
}

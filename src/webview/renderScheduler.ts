/**
 * Runs renders one at a time and always ends on the newest request.
 *
 * Mermaid's `render` is asynchronous and keeps its state in module globals, so
 * two renders must never overlap. While one runs, new requests wait in a
 * single slot, each replacing the one before: however fast the edits come,
 * at most one render is in progress and one is waiting, and the last request
 * is the last one rendered. A render that finishes after a newer request came
 * in is stale: `isCurrent()` tells it so, and it must not show its result.
 *
 * Requests carry the sender's sequence number; one older than the newest seen
 * is ignored (the same number again is a re-render, e.g. for a theme change).
 *
 * Before each render the scheduler yields to the event loop (`yieldToEvents`):
 * Mermaid does most of a render without giving the page a turn, so messages
 * that arrived meanwhile are still queued when it finishes; yielding lets
 * them land in the waiting slot first, and only the newest is drawn.
 * A pace (optional) may hold the next render back: while it says to wait,
 * the scheduler sleeps and asks again, and newer requests keep replacing the
 * waiting one (see RenderPacer: an expensive drawing waits for typing to
 * pause). Pure: no DOM; the ways to yield and to sleep are given by the caller.
 */
export type RenderJob<J> = (job: J, isCurrent: () => boolean) => Promise<void>;

export interface RenderPace {
  /** Milliseconds the next render should still wait; 0 or less to start now. */
  delay(): number;
  sleep(ms: number): Promise<void>;
}

interface Request<J> {
  readonly seq: number;
  readonly job: J;
  /** Counts every accepted request, so a re-render of the same seq still supersedes. */
  readonly generation: number;
}

export class RenderScheduler<J> {
  private newestSeq = -Infinity;
  private generation = 0;
  private waiting: Request<J> | undefined;
  private drained: (() => void)[] = [];
  /** True from the first request until nothing waits: one loop drains the slot. */
  private looping = false;

  constructor(
    private readonly render: RenderJob<J>,
    private readonly onError: (error: unknown, job: J) => void,
    private readonly yieldToEvents: () => Promise<void>,
    private readonly pace?: RenderPace,
  ) {}

  /** Asks for a render; returns false when the request is older than one already seen. */
  request(seq: number, job: J): boolean {
    if (seq < this.newestSeq) {
      return false;
    }
    this.newestSeq = seq;
    this.waiting = { seq, job, generation: ++this.generation };
    if (!this.looping) {
      void this.runWaiting();
    }
    return true;
  }

  /** The newest sequence number accepted so far. */
  get latestSeq(): number {
    return this.newestSeq;
  }

  /** True while a render runs or waits. */
  get busy(): boolean {
    return this.looping;
  }

  /** Resolves once nothing runs or waits. */
  whenIdle(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.drained.push(resolve)) : Promise.resolve();
  }

  private async runWaiting(): Promise<void> {
    this.looping = true;
    while (this.waiting !== undefined) {
      await this.yieldToEvents();
      const wait = this.pace?.delay() ?? 0;
      if (wait > 0) {
        await this.pace!.sleep(wait);
        continue;
      }
      const request = this.waiting;
      this.waiting = undefined;
      try {
        await this.render(request.job, () => request.generation === this.generation);
      } catch (error) {
        this.onError(error, request.job);
      }
    }
    this.looping = false;
    const drained = this.drained;
    this.drained = [];
    drained.forEach((resolve) => resolve());
  }
}

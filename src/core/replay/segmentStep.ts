import type { Arrival, SegmentFate, SegmentStep, WireSegment } from '../model';
import { Interner } from './interner';

/** Who sent a segment to whom, what became of it and its label: a story has a few of these, over and over. */
interface Route {
  readonly label: string | undefined;
  readonly from: string;
  readonly to: string;
  readonly dup: boolean;
  readonly fate: SegmentFate;
}

/**
 * The routes a replay has met, one record for each, so that a segment line's step keeps
 * only what is its own (its segment, name and arrival).
 */
export class SegmentRoutes {
  // Host names hold no line end, and the label comes last: whatever it holds, keys stay apart.
  // The step's detail is the probe: a route is made only when the story takes a new one.
  private readonly routes = new Interner<Route, Omit<SegmentStep, 'kind'>>(
    (r) => `${r.from}\n${r.to}\n${r.dup}\n${r.fate}\n${r.label === undefined ? '' : `"${r.label}`}`,
    (a, b) => a.label === b.label && a.from === b.from && a.to === b.to && a.dup === b.dup && a.fate === b.fate,
    ({ label, from, to, dup, fate }) => ({ label, from, to, dup, fate }),
  );

  /** `detail` as a step keeps it. */
  step(detail: Omit<SegmentStep, 'kind'>): SegmentStep {
    return new SegmentStepRecord(this.routes.intern(detail), detail.wire, detail.name, detail.arrival);
  }
}

class SegmentStepRecord implements SegmentStep {
  constructor(
    private readonly route: Route,
    readonly wire: WireSegment,
    readonly name: string | undefined,
    readonly arrival: Arrival | undefined,
  ) {}

  get kind(): 'segment' {
    return 'segment';
  }

  get from(): string {
    return this.route.from;
  }

  get to(): string {
    return this.route.to;
  }

  get dup(): boolean {
    return this.route.dup;
  }

  get label(): string | undefined {
    return this.route.label;
  }

  get fate(): SegmentFate {
    return this.route.fate;
  }

  /** JSON (and so a webview message) carries the step's detail as model.ts writes it. */
  toJSON(): SegmentStep {
    const { kind, from, to, dup, fate, wire, label, name, arrival } = this;
    return { kind, from, to, dup, fate, wire, label, name, arrival };
  }
}

import type { Arrival, SegmentFate, SegmentStep, WireSegment } from '../model';
import { Interner, type Mutable } from './interner';

/** Who sent a segment to whom, what became of it and its label: a story has a few of these, over and over. */
export interface Route {
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
  private readonly routes = new Interner<Route>(
    (r) => `${r.from}\n${r.to}\n${r.dup}\n${r.fate}\n${r.label === undefined ? '' : `"${r.label}`}`,
    (a, b) => a.label === b.label && a.from === b.from && a.to === b.to && a.dup === b.dup && a.fate === b.fate,
    ({ label, from, to, dup, fate }) => ({ label, from, to, dup, fate }),
  );

  /** The route looked up, filled in place for each segment line. */
  private readonly probe: Mutable<Route> = { label: undefined, from: '', to: '', dup: false, fate: 'lost' };

  /** The route with these fields, made when the story takes a new one. */
  route(from: string, to: string, dup: boolean, fate: SegmentFate, label: string | undefined): Route {
    const { probe } = this;
    probe.from = from;
    probe.to = to;
    probe.dup = dup;
    probe.fate = fate;
    probe.label = label;
    return this.routes.intern(probe);
  }

  /** A segment line's step as it keeps it: its route, and what is its own. */
  step(route: Route, wire: WireSegment, name: string | undefined, arrival: Arrival | undefined): SegmentStep {
    return new SegmentStepRecord(route, wire, name, arrival);
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

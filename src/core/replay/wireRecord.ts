import type { WireSegment } from '../model';
import type { TcpFlag } from '../tcp/flags';
import { Interner } from './interner';

/** What the segments of a story have in common (all but seq and ack): a bulk transfer sends a few kinds, thousands of times. */
interface WireShape {
  readonly flags: readonly TcpFlag[];
  readonly len: number;
  readonly win: number;
  readonly computed: WireSegment['computed'];
  readonly impliedAck: boolean;
  readonly keepAlive: boolean;
}

/**
 * The kinds of segment a replay has sent, one record for each, so that a segment
 * keeps only its seq and ack: every step of a long story keeps its segment alive.
 */
export class WireShapes {
  // The segment's own fields are the probe: its shape is made only when the story sends a new kind.
  private readonly shapes = new Interner<WireShape, WireSegment>(
    (s) => `${s.flags.join(',')} ${s.len} ${s.win} ${s.computed.seq} ${s.computed.ack} ${s.impliedAck} ${s.keepAlive}`,
    (a, b) => a.flags === b.flags && a.len === b.len && a.win === b.win && a.computed === b.computed && a.impliedAck === b.impliedAck && a.keepAlive === b.keepAlive,
    ({ flags, len, win, computed, impliedAck, keepAlive }) => ({ flags, len, win, computed, impliedAck, keepAlive }),
  );

  /** `fields` as a step keeps them. */
  segment(fields: WireSegment): WireSegment {
    return new WireRecord(this.shapes.intern(fields), fields.seq, fields.ack);
  }
}

class WireRecord implements WireSegment {
  constructor(
    private readonly shape: WireShape,
    readonly seq: number,
    readonly ack: number | undefined,
  ) {}

  get flags(): readonly TcpFlag[] {
    return this.shape.flags;
  }

  get len(): number {
    return this.shape.len;
  }

  get win(): number {
    return this.shape.win;
  }

  get computed(): WireSegment['computed'] {
    return this.shape.computed;
  }

  get impliedAck(): boolean {
    return this.shape.impliedAck;
  }

  get keepAlive(): boolean {
    return this.shape.keepAlive;
  }

  /** JSON (and so a webview message) carries the segment as model.ts writes it. */
  toJSON(): WireSegment {
    const { flags, seq, ack, len, win, computed, impliedAck, keepAlive } = this;
    return { flags, seq, ack, len, win, computed, impliedAck, keepAlive };
  }
}

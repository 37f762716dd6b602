import type { WireSegment } from '../model';
import { ControlBits } from '../tcp/controlBits';
import type { TcpFlag } from '../tcp/flags';
import { computedFields } from './computedFields';
import { Interner, type Mutable } from './interner';

/** A segment the replay put on the wire: its control bits are read as one set, not by searching its flags. */
export interface SentSegment extends WireSegment {
  readonly controlBits: ControlBits;
}

/** A segment's fields but seq and ack, as the sender fills them in: its control bits as one set. */
type ShapeFields = Omit<WireSegment, 'flags' | 'seq' | 'ack'> & { readonly controlBits: ControlBits };

/** What the segments of a story have in common (all but seq and ack): a bulk transfer sends a few kinds, thousands of times. */
interface WireShape {
  readonly controlBits: ControlBits;
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
  // There is one ControlBits of each set, so the same bits are the same object.
  private readonly shapes = new Interner<WireShape, ShapeFields>(
    (s) => `${s.controlBits.format()} ${s.len} ${s.win} ${s.computed.seq} ${s.computed.ack} ${s.impliedAck} ${s.keepAlive}`,
    (a, b) =>
      a.controlBits === b.controlBits && a.len === b.len && a.win === b.win && a.computed === b.computed && a.impliedAck === b.impliedAck && a.keepAlive === b.keepAlive,
    ({ controlBits, len, win, computed, impliedAck, keepAlive }) => ({ controlBits, flags: controlBits.sorted(), len, win, computed, impliedAck, keepAlive }),
  );

  /** The fields of the segment being sent, filled in place for each: the shapes copy what they keep. */
  private readonly outgoing: Mutable<ShapeFields> = {
    controlBits: ControlBits.withBits(0),
    len: 0,
    win: 0,
    computed: computedFields(false, false),
    impliedAck: false,
    keepAlive: false,
  };

  /** The segment with these fields, as a step keeps it. */
  segment(controlBits: ControlBits, seq: number, ack: number | undefined, len: number, win: number, computed: WireSegment['computed'], impliedAck = false, keepAlive = false): SentSegment {
    const { outgoing } = this;
    outgoing.controlBits = controlBits;
    outgoing.len = len;
    outgoing.win = win;
    outgoing.computed = computed;
    outgoing.impliedAck = impliedAck;
    outgoing.keepAlive = keepAlive;
    return new WireRecord(this.shapes.intern(outgoing), seq, ack);
  }
}

class WireRecord implements SentSegment {
  constructor(
    private readonly shape: WireShape,
    readonly seq: number,
    readonly ack: number | undefined,
  ) {}

  get controlBits(): ControlBits {
    return this.shape.controlBits;
  }

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

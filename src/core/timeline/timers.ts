import type { WireSegment } from '../model';
import { seqAdd, seqLeq } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import type { Labels } from './labels';
import type { HostColumn, Shape, TextShape } from './shapes';

/** Where an event happened on a lifeline. */
export interface Moment {
  readonly line: number;
  readonly slot: number;
  readonly y: number;
}

/**
 * The bar of a timer stands this far outside its lifeline, on the side where
 * the states are written (RFC 9293 Figure 13 prints "(2 MSL)" there); its
 * label a little further out, between the state labels above and below.
 */
const BAR_OFFSET = 5;
const LABEL_OFFSET = 7;

/**
 * The two timers the RFC figures show on a lifeline. RTO: a segment that
 * takes sequence space and is sent again with the same seq, while it is not
 * yet acknowledged and in the same connection, is a retransmission,
 * bracketed from the copy before it (RFC 9293 §3.8.1); the bracket belongs
 * to the resend, which it explains. 2MSL: from entering TIME-WAIT to leaving
 * it (§3.6.1), or to the end of the story.
 */
export class Timers {
  /** The last send of each segment that occupies sequence space, by sender, seq, SYN/FIN and length. */
  private readonly sends = new Map<string, Moment>();
  private readonly waits = new Map<string, { readonly moment: Moment; readonly x: number; readonly outward: 1 | -1 }>();

  constructor(
    private readonly labels: Labels,
    private readonly shapes: Shape[],
  ) {}

  /** `unacknowledged` is the sender's SND.UNA before the send, when it has one. */
  sent(host: string, wire: WireSegment, unacknowledged: number | undefined, moment: Moment, x: number, outward: 1 | -1): void {
    const syn = wire.flags.includes('SYN');
    const fin = wire.flags.includes('FIN');
    const length = wire.len + (syn ? 1 : 0) + (fin ? 1 : 0);
    if (length === 0) {
      return; // a bare ACK or RST takes no sequence space and is never retransmitted
    }
    const key = `${host}\u0000${wire.seq}\u0000${wire.flags.join(',')}\u0000${wire.len}`;
    const earlier = this.sends.get(key);
    const acknowledged = unacknowledged !== undefined && seqLeq(seqAdd(wire.seq, length), unacknowledged);
    if (earlier !== undefined && !acknowledged) {
      this.bracket('rto', host, x, outward, earlier.y, moment, false);
    }
    this.sends.set(key, moment);
  }

  stateChanged(column: HostColumn, before: TcpState | undefined, after: TcpState, moment: Moment): void {
    if (after === 'CLOSED' || after === 'LISTEN') {
      // The connection is over: a segment with the same seq in the next one is new, not a resend.
      this.forgetSends(column.name);
    }
    const open = this.waits.get(column.name);
    if (open !== undefined && after !== 'TIME-WAIT') {
      this.waits.delete(column.name);
      this.bracket('msl', column.name, open.x, open.outward, open.moment.y, moment, false);
    } else if (open === undefined && after === 'TIME-WAIT' && before !== 'TIME-WAIT') {
      this.waits.set(column.name, { moment, x: column.x, outward: column.outside });
    }
  }

  private forgetSends(host: string): void {
    const prefix = `${host}\u0000`;
    for (const key of this.sends.keys()) {
      if (key.startsWith(prefix)) {
        this.sends.delete(key);
      }
    }
  }

  /** A TIME-WAIT still running when the story ends runs on to the bottom, its bracket open. */
  finish(bottom: number): void {
    for (const [host, wait] of this.waits) {
      this.bracket('msl', host, wait.x, wait.outward, wait.moment.y, { ...wait.moment, y: bottom }, true);
    }
    this.waits.clear();
  }

  private bracket(timer: 'rto' | 'msl', host: string, x: number, outward: 1 | -1, top: number, end: Moment, open: boolean): void {
    const bar = x + outward * BAR_OFFSET;
    const words = this.labels.say(timer === 'rto' ? 'timeline.rto' : 'timeline.msl');
    const label: TextShape = {
      x: bar + outward * LABEL_OFFSET,
      y: (top + end.y) / 2 + 4,
      text: words,
      font: 'small',
      anchor: outward > 0 ? 'start' : 'end',
    };
    this.shapes.push({
      kind: 'bracket',
      timer,
      host,
      // An open wait has no end yet: it belongs to the slot where it began.
      line: end.line,
      slot: end.slot,
      x: bar,
      top,
      bottom: end.y,
      side: (-outward) as 1 | -1,
      open,
      text: label,
      title: this.labels.say(timer === 'rto' ? 'timeline.rtoTitle' : 'timeline.mslTitle'),
    });
  }
}

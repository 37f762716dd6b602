import type { Range } from '../text';
import { seqGt } from '../tcp/sequence';
import { DEFAULT_WINDOW } from '../tcp/window';
import type { TcpState } from '../tcp/states';
import type { Debt } from './debts';
import { HeldSegments } from './held';

/**
 * One host's transmission control block (RFC 9293 §3.3.1), plus what the replay
 * needs to explain itself: where the host entered its state, what it owes.
 * The variables are undefined while the host has no connection to hold them.
 */
export interface Tcb {
  readonly name: string;
  readonly index: number;
  state: TcpState;
  /** Where the host entered `state`, for related information on later errors. */
  enteredAt: Range | undefined;
  enteredLine: number | undefined;
  /** RFC 9293 MUST-11: whether SYN-RECEIVED was reached from LISTEN (Figure 5 note 1). */
  passiveOpen: boolean;
  ISS: number | undefined;
  /** The ISS was chosen by the engine and may still be fixed by the script's SYN line. */
  issTentative: boolean;
  IRS: number | undefined;
  SND_UNA: number | undefined;
  SND_NXT: number | undefined;
  SND_WND: number | undefined;
  RCV_NXT: number | undefined;
  RCV_WND: number;
  /** Sequence number our FIN occupies, once a FIN was sent. */
  finSeq: number | undefined;
  /** The end of the highest sequence number sent (BSD's snd_max): beyond SND.NXT after a window probe. */
  highestSent: number | undefined;
  /** The highest ACK value this host has put on the wire. */
  lastAckSent: number | undefined;
  /** The Window Scale shift this host's SYN offered, and the peer's SYN's (RFC 7323 §2.2). */
  windowShift: number | undefined;
  peerWindowShift: number | undefined;
  /** Replies and emissions the host owes (see debts.ts). */
  debts: Debt[];
  /** Out-of-order segments held for later (RFC 9293 SHLD-31). */
  held: HeldSegments;
  /** How many connections this host has begun, to choose distinct ISSs. */
  incarnation: number;
  /** The ISS of this host's first connection, fixed when it first needs one. */
  issBase: number | undefined;
  readonly issBases: IssBases;
  /** The previous incarnation's ISS and final SND.NXT, for the ISN hints (RFC 9293 §3.4.1). */
  previous: { ISS: number; SND_NXT: number } | undefined;
}

/**
 * Hands out first ISSs in the order hosts first open a connection: 100, then
 * 300, the numbers of RFC 9293's figures, whichever host the script names first.
 */
export class IssBases {
  private taken = 0;
  next(): number {
    return 100 + 200 * this.taken++;
  }
}

export function createTcb(name: string, index: number, issBases: IssBases): Tcb {
  return {
    name,
    index,
    state: 'CLOSED',
    enteredAt: undefined,
    enteredLine: undefined,
    passiveOpen: false,
    ISS: undefined,
    issTentative: false,
    IRS: undefined,
    SND_UNA: undefined,
    SND_NXT: undefined,
    SND_WND: undefined,
    RCV_NXT: undefined,
    RCV_WND: DEFAULT_WINDOW,
    finSeq: undefined,
    highestSent: undefined,
    lastAckSent: undefined,
    windowShift: undefined,
    peerWindowShift: undefined,
    debts: [],
    held: new HeldSegments(),
    incarnation: 0,
    issBase: undefined,
    issBases,
    previous: undefined,
  };
}

/**
 * Deletes the connection's variables, as "delete TCB" does, keeping what the
 * ISN hints need to know about this incarnation.
 */
export function deleteConnection(tcb: Tcb): void {
  if (tcb.ISS !== undefined && tcb.SND_NXT !== undefined && !tcb.issTentative) {
    tcb.previous = { ISS: tcb.ISS, SND_NXT: tcb.SND_NXT };
  }
  tcb.passiveOpen = false;
  tcb.ISS = undefined;
  tcb.issTentative = false;
  tcb.IRS = undefined;
  tcb.SND_UNA = undefined;
  tcb.SND_NXT = undefined;
  tcb.SND_WND = undefined;
  tcb.RCV_NXT = undefined;
  tcb.finSeq = undefined;
  tcb.highestSent = undefined;
  tcb.lastAckSent = undefined;
  tcb.windowShift = undefined;
  tcb.peerWindowShift = undefined;
  tcb.held = new HeldSegments();
}

/**
 * The engine's choice of ISS when the script gives none, for the host's
 * `incarnation`-th connection (1 for the first): the RFC figures' numbers for a
 * first connection, then rising by 1000 with each new one, as the clock-driven
 * generator of RFC 9293 §3.4.1 would. Deterministic, so the same script
 * replays the same way.
 */
export function chooseIss(tcb: Tcb, incarnation = tcb.incarnation): number {
  tcb.issBase ??= tcb.issBases.next();
  return (tcb.issBase + 1000 * Math.max(0, incarnation - 1)) >>> 0;
}

/**
 * Where new sequence space starts: SND.NXT, or past the octet of a window probe that the
 * receiver may hold although SND.NXT stayed on it, so that a FIN never lands on that octet.
 */
export function newDataStart(tcb: Tcb): number | undefined {
  const { SND_NXT, highestSent } = tcb;
  return SND_NXT !== undefined && highestSent !== undefined && seqGt(highestSent, SND_NXT) ? highestSent : SND_NXT;
}

import type { DiagnosticCode, Fix, MessageRef } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Arrival, ArrivalOutcome } from '../model';
import type { Range } from '../text';
import { seqAdd, seqDiff, seqGeq, seqGt, seqInWindow, seqLeq, seqLt } from '../tcp/sequence';
import type { TcpState } from '../tcp/states';
import { ArrivalRecord, explanationArgs, NO_ARGS, type ArrivalFacts } from './arrival';
import type { ReplayContext } from './context';
import { addDebt, findDebt, removeDebt, rfcForm, type Debt, type DebtKind } from './debts';
import type { HeldSegment } from './held';
import { chooseIss, type Tcb } from './tcb';
import type { SentSegment } from './wireRecord';

/**
 * SEGMENT ARRIVES, RFC 9293 §3.10.7, in the RFC's own order: one function per
 * receiving state (CLOSED, LISTEN, SYN-SENT, then the rest), each check a small
 * named step. An arrival the receiver does not accept is reported as a warning
 * that says what the receiver does instead, and the engine does it.
 */

/** The segment as the receiver sees it; trimming may clear SYN or shorten the text. */
interface Incoming {
  seq: number;
  ack: number | undefined;
  len: number;
  win: number;
  syn: boolean;
  fin: boolean;
  rst: boolean;
  readonly keepAlive: boolean;
}

/** The diagnostics an arrival reports itself with: refused, accepted but held out of order, or a keep-alive answered. */
type ArrivalReport = Extract<DiagnosticCode, 'unacceptable-segment' | 'out-of-order' | 'keep-alive'>;

/** Where the arrival is reported (the receiver on the line, or the `deliver`) and what to suggest. */
export interface ArrivalSite {
  readonly range: Range;
  /** Line the arrival happens on, for the debts it creates. */
  readonly line: number;
  /** Inserting text here puts a new line before the event (for "add the missing listen"). */
  readonly lineStart: Range;
}

class Arriving implements ArrivalFacts {
  constructor(
    readonly ctx: ReplayContext,
    readonly r: Tcb,
    readonly seg: Incoming,
    readonly flags: string,
    readonly site: ArrivalSite,
  ) {}

  get host(): string {
    return this.r.name;
  }

  get state(): TcpState {
    return this.r.state;
  }

  get seq(): number {
    return this.seg.seq;
  }

  get ack(): number | '' {
    return this.seg.ack ?? '';
  }

  /** SEG.LEN: the octets of text plus one for each of SYN and FIN. */
  get segLen(): number {
    return this.seg.len + (this.seg.syn ? 1 : 0) + (this.seg.fin ? 1 : 0);
  }

  accepted(explanationId: string, rfc: string, args: MessageArgs = NO_ARGS): Arrival {
    return this.record('accepted', undefined, explanationId, args, rfc);
  }

  /** The receiver drops the segment without a word (but tcpflow says so). */
  dropped(messageId: string, rfc: string, args: MessageArgs = NO_ARGS): Arrival {
    this.warn(messageId, rfc, args);
    return this.record('dropped', undefined, messageId, args, rfc);
  }

  /**
   * The receiver owes a reply. `report` names the diagnostic that tells of it: none for
   * replies that are the normal course of TCP, a hint for a segment held out of order or a
   * keep-alive answered, a warning for a segment refused.
   */
  answered(
    kind: DebtKind,
    reply: { seq: number | undefined; ack: number | undefined; flags: string },
    mandatory: boolean,
    messageId: string,
    rfc: string,
    args: MessageArgs = NO_ARGS,
    report: ArrivalReport | false = 'unacceptable-segment',
    fixes: Fix[] = [],
  ): Arrival {
    const form = rfcForm(reply.seq, reply.ack, reply.flags);
    const fullArgs = { ...args, reply: form };
    addDebt(this.r, {
      kind,
      flags: reply.flags,
      origin: 'arrival',
      seq: reply.seq,
      ack: reply.ack,
      mandatory,
      line: this.site.line,
      range: this.site.range,
      reason: this.message(messageId, fullArgs),
    });
    if (report) {
      this.warn(messageId, rfc, fullArgs, fixes, report);
    }
    return this.record('answered', form, messageId, fullArgs, rfc);
  }

  /** The ACK RFC 9293 sends for an unacceptable segment: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>. */
  answeredWithAck(
    messageId: string,
    rfc: string,
    args: MessageArgs = NO_ARGS,
    mandatory = false,
    report: ArrivalReport | false = 'unacceptable-segment',
  ): Arrival {
    return this.answered('ACK', { seq: this.r.SND_NXT, ack: this.r.RCV_NXT, flags: 'ACK' }, mandatory, messageId, rfc, args, report);
  }

  private record(outcome: ArrivalOutcome, reply: string | undefined, explanationId: string, args: MessageArgs, rfc: string): Arrival {
    return new ArrivalRecord(this.ctx.arrivalKinds.of(this, outcome, explanationId, rfc), this, reply, args);
  }

  warn(messageId: string, rfc: string, args: MessageArgs, fixes: Fix[] = [], code: ArrivalReport = 'unacceptable-segment'): void {
    this.ctx.report(code, this.site.range, messageId, this.argsWith(args), { rfc, fixes });
  }

  message(id: string, args: MessageArgs): { id: string; args: MessageArgs } {
    return { id, args: this.argsWith(args) };
  }

  private argsWith(args: MessageArgs): MessageArgs {
    return explanationArgs(this, args);
  }
}

export function arrive(ctx: ReplayContext, r: Tcb, wire: SentSegment, site: ArrivalSite): Arrival {
  const bits = wire.controlBits;
  const seg: Incoming = {
    seq: wire.seq,
    ack: bits.has('ACK') ? wire.ack ?? 0 : undefined,
    len: wire.len,
    win: wire.win,
    syn: bits.has('SYN'),
    fin: bits.has('FIN'),
    rst: bits.has('RST'),
    keepAlive: wire.keepAlive,
  };
  const a = new Arriving(ctx, r, seg, bits.format(), site);
  switch (r.state) {
    case 'CLOSED':
      return inClosed(a);
    case 'LISTEN':
      return inListen(a);
    case 'SYN-SENT':
      return inSynSent(a);
    default:
      return inOtherStates(a);
  }
}

/** §3.10.7.1: no TCB. A RST is discarded; anything else is answered with a RST. */
function inClosed(a: Arriving): Arrival {
  const { seg } = a;
  if (seg.rst) {
    return a.dropped('arrive.closed.rst', 'RFC 9293 §3.10.7.1');
  }
  const reply =
    seg.ack !== undefined
      ? { seq: seg.ack, ack: undefined, flags: 'RST' }
      : { seq: 0, ack: seqAdd(seg.seq, a.segLen), flags: 'RST,ACK' };
  const fixes: Fix[] =
    seg.syn && seg.ack === undefined
      ? [{ title: { id: 'fix.addListen', args: { host: a.r.name } }, edits: [{ range: a.site.lineStart, newText: `${a.r.name}: listen\n` }] }]
      : [];
  return a.answered('RST', reply, true, fixes.length > 0 ? 'arrive.closed.syn' : 'arrive.closed', 'RFC 9293 §3.10.7.1', {}, 'unacceptable-segment', fixes);
}

/** §3.10.7.2: a listener wants a SYN; a RST is ignored, an ACK is answered with a RST. */
function inListen(a: Arriving): Arrival {
  const { seg, r, ctx } = a;
  if (seg.rst) {
    return a.dropped('arrive.listen.rst', 'RFC 9293 §3.10.7.2');
  }
  if (seg.ack !== undefined) {
    return a.answered('RST', { seq: seg.ack, ack: undefined, flags: 'RST' }, true, 'arrive.listen.ack', 'RFC 9293 §3.10.7.2');
  }
  if (!seg.syn) {
    return a.dropped('arrive.listen.other', 'RFC 9293 §3.10.7.2');
  }
  r.IRS = seg.seq;
  r.RCV_NXT = seqAdd(seg.seq, 1);
  if (seg.len > 0) {
    r.held.hold({ seq: r.RCV_NXT, len: seg.len, fin: seg.fin });
  }
  r.incarnation += 1;
  r.ISS = chooseIss(r);
  r.issTentative = true;
  r.SND_UNA = r.ISS;
  r.SND_NXT = seqAdd(r.ISS, 1);
  r.SND_WND = seg.win;
  r.passiveOpen = true;
  ctx.follow(r, 'rcv SYN', 'RFC 9293 §3.10.7.2');
  return a.answered('SYN,ACK', { seq: r.ISS, ack: r.RCV_NXT, flags: 'SYN,ACK' }, true, 'arrive.listen.syn', 'RFC 9293 §3.10.7.2', {}, false);
}

/** §3.10.7.3: an active opener checks the ACK, then RST, then SYN. */
function inSynSent(a: Arriving): Arrival {
  const { seg, r, ctx } = a;
  const iss = r.ISS ?? 0;
  const sndNxt = r.SND_NXT ?? seqAdd(iss, 1);
  if (seg.ack !== undefined && (seqLeq(seg.ack, iss) || seqGt(seg.ack, sndNxt))) {
    const args = { iss, sndNxt, segAck: seg.ack };
    if (seg.rst) {
      return a.dropped('arrive.synSent.badAckRst', 'RFC 9293 §3.10.7.3', args);
    }
    return a.answered('RST', { seq: seg.ack, ack: undefined, flags: 'RST' }, true, 'arrive.synSent.badAck', 'RFC 9293 §3.10.7.3', args);
  }
  if (seg.rst) {
    if (seg.ack === undefined) {
      return a.dropped('arrive.synSent.rstWithoutAck', 'RFC 9293 §3.10.7.3');
    }
    ctx.close(r, 'CLOSED', 'transition.refused', 'RFC 9293 §3.10.7.3');
    return a.accepted('arrive.synSent.refused', 'RFC 9293 §3.10.7.3');
  }
  if (!seg.syn) {
    return a.dropped('arrive.synSent.noSyn', 'RFC 9293 §3.10.7.3');
  }
  r.IRS = seg.seq;
  r.RCV_NXT = seqAdd(seg.seq, 1);
  if (seg.ack !== undefined) {
    r.SND_UNA = seg.ack;
  }
  r.SND_WND = seg.win;
  if (r.SND_UNA !== undefined && seqGt(r.SND_UNA, iss)) {
    ctx.follow(r, 'rcv SYN,ACK', 'RFC 9293 §3.10.7.3');
    const arrival = a.answered('ACK', { seq: r.SND_NXT, ack: r.RCV_NXT, flags: 'ACK' }, true, 'arrive.synSent.synAck', 'RFC 9293 §3.10.7.3', {}, false);
    // "If there are other controls or text in the segment, then continue processing at the sixth step."
    seg.syn = false;
    seg.seq = r.RCV_NXT;
    if (seg.len > 0 || seg.fin) {
      return processTextAndFin(a) ?? arrival;
    }
    return arrival;
  }
  r.passiveOpen = false;
  ctx.follow(r, 'rcv SYN', 'RFC 9293 §3.10.7.3');
  return a.answered('SYN,ACK', { seq: r.ISS, ack: r.RCV_NXT, flags: 'SYN,ACK' }, true, 'arrive.synSent.syn', 'RFC 9293 §3.10.7.3', {}, false);
}

/** Table 6 of RFC 9293 §3.10.7.4: is any of the segment inside the receive window? */
export function isAcceptable(seq: number, segLen: number, rcvNxt: number, rcvWnd: number): boolean {
  if (segLen === 0) {
    return rcvWnd === 0 ? seq === rcvNxt : seqInWindow(seq, rcvNxt, rcvWnd);
  }
  return rcvWnd > 0 && (seqInWindow(seq, rcvNxt, rcvWnd) || seqInWindow(seqAdd(seq, segLen - 1), rcvNxt, rcvWnd));
}

/**
 * Figure 7 line 6: in a simultaneous open, the peer's SYN,ACK repeats the SYN
 * already received. Trimmed of that old SYN (§3.10.7.4, "only the new parts are
 * processed") it is the ACK of our SYN.
 */
function isSimultaneousOpenSynAck(a: Arriving): boolean {
  const { r, seg } = a;
  return r.state === 'SYN-RECEIVED' && !r.passiveOpen && seg.syn && seg.ack !== undefined && seg.seq === r.IRS;
}

/** §3.10.7.4: SYN-RECEIVED and the synchronized states. */
function inOtherStates(a: Arriving): Arrival {
  const { seg, r, ctx } = a;
  const rcvNxt = r.RCV_NXT ?? 0;
  let closedWindow = false;
  if (isSimultaneousOpenSynAck(a)) {
    seg.syn = false;
    seg.seq = seqAdd(seg.seq, 1);
  } else if (takesZeroWindowAllowance(a, rcvNxt)) {
    // "If the RCV.WND is zero, no segments will be acceptable, but special allowance should be
    // made to accept valid ACKs, URGs, and RSTs": the text and FIN go; the controls are processed.
    closedWindow = true;
    seg.len = 0;
    seg.fin = false;
  } else if (!isAcceptable(seg.seq, a.segLen, rcvNxt, r.RCV_WND)) {
    return unacceptable(a, rcvNxt);
  }
  trimOldPart(a, rcvNxt);
  trimBeyondWindow(a, rcvNxt);

  // Second, the RST bit (with RFC 5961's exact-match rule).
  if (seg.rst) {
    if (seg.seq !== rcvNxt) {
      return a.answeredWithAck('arrive.rst.challenge', 'RFC 9293 §3.10.7.4', { rcvNxt });
    }
    if (r.state === 'SYN-RECEIVED' && r.passiveOpen) {
      ctx.close(r, 'LISTEN', 'transition.rstToListen', 'RFC 9293 §3.10.7.4');
      return a.accepted('arrive.rst.toListen', 'RFC 9293 §3.10.7.4');
    }
    const refused = r.state === 'SYN-RECEIVED';
    ctx.close(r, 'CLOSED', refused ? 'transition.refused' : 'transition.reset', 'RFC 9293 §3.10.7.4');
    return a.accepted(refused ? 'arrive.rst.refused' : 'arrive.rst.reset', 'RFC 9293 §3.10.7.4');
  }

  // Fourth, the SYN bit.
  if (seg.syn) {
    if (r.state === 'SYN-RECEIVED' && r.passiveOpen) {
      a.warn('arrive.synReceived.syn', 'RFC 9293 §3.10.7.4', {});
      ctx.close(r, 'LISTEN', 'transition.synToListen', 'RFC 9293 §3.10.7.4');
      return { host: r.name, outcome: 'dropped', reply: undefined, explanation: a.message('arrive.synReceived.syn', {}), rfc: 'RFC 9293 §3.10.7.4' };
    }
    return a.answeredWithAck('arrive.syn.challenge', 'RFC 9293 §3.10.7.4');
  }

  // Fifth, the ACK field.
  if (seg.ack === undefined) {
    return a.dropped('arrive.noAck', 'RFC 9293 §3.10.7.4');
  }
  const ackResult = processAck(a, seg.ack);
  if (ackResult) {
    return ackResult;
  }
  if (closedWindow) {
    return a.answeredWithAck('arrive.zeroWindow', 'RFC 9293 §3.10.7.4', { rcvNxt });
  }
  return processTextAndFin(a) ?? a.accepted('arrive.accepted', 'RFC 9293 §3.10.7.4');
}

/**
 * A segment with text or a FIN at exactly RCV.NXT while the receiver advertises a
 * zero window: unacceptable as a whole, but its ACK (or RST) still counts.
 */
function takesZeroWindowAllowance(a: Arriving, rcvNxt: number): boolean {
  const { seg, r } = a;
  return r.RCV_WND === 0 && !seg.syn && a.segLen > 0 && seg.seq === rcvNxt;
}

/** First step, failed: old duplicates and out-of-window segments are answered with an ACK and dropped. */
function unacceptable(a: Arriving, rcvNxt: number): Arrival {
  const { seg, r, ctx } = a;
  const rcvEnd = seqAdd(rcvNxt, r.RCV_WND);
  const zeroWindow = r.RCV_WND === 0;
  if (seg.rst) {
    return a.dropped(zeroWindow ? 'arrive.zeroWindow.rst' : 'arrive.outOfWindow.rst', 'RFC 9293 §3.10.7.4', { rcvNxt, rcvEnd });
  }
  const end = seqAdd(seg.seq, a.segLen);
  if (r.state === 'TIME-WAIT' && seg.fin && end === rcvNxt) {
    // "The only thing that can arrive in this state is a retransmission of the remote FIN.
    // Acknowledge it, and restart the 2 MSL timeout."
    ctx.enter(r, 'TIME-WAIT', 'transition.timeWaitRestart', 'RFC 9293 §3.10.7.4');
    return a.answeredWithAck('arrive.timeWait.fin', 'RFC 9293 §3.10.7.4', {}, true, false);
  }
  if (r.state === 'SYN-RECEIVED' && seg.syn && seg.ack === undefined && seg.seq === r.IRS && findDebt(r, 'SYN,ACK')) {
    // Its SYN,ACK has not gone out yet: that one reply answers both SYNs, so nothing more is owed.
    return a.dropped('arrive.synReceived.synAgainOwed', 'RFC 9293 §3.10.7.4');
  }
  if (r.state === 'SYN-RECEIVED' && seg.syn && seg.ack === undefined && seg.seq === r.IRS) {
    // The peer did not hear our SYN,ACK and sent its SYN again. Below RCV.NXT, the SYN is an
    // unacceptable segment like any other: the reply is the plain ACK, and the SYN,ACK comes
    // again from the retransmission timer, not from this arrival.
    return a.answeredWithAck('arrive.synReceived.retransmittedSyn', 'RFC 9293 §3.10.7.4', { rcvNxt });
  }
  if (isKeepAliveProbe(a, rcvNxt)) {
    return a.answeredWithAck('arrive.keepAlive', 'RFC 9293 §3.8.4', { rcvNxt }, false, 'keep-alive');
  }
  if (seqLeq(end, rcvNxt)) {
    return a.answeredWithAck('arrive.duplicate', 'RFC 9293 §3.10.7.4', { rcvNxt });
  }
  return a.answeredWithAck(zeroWindow ? 'arrive.zeroWindow.closed' : 'arrive.outOfWindow', 'RFC 9293 §3.10.7.4', { rcvNxt, rcvEnd });
}

/**
 * A keep-alive (RFC 9293 §3.8.4): "SEG.SEQ = SND.NXT-1 and may or may not contain one
 * garbage octet", unacceptable on purpose so that the receiver answers with an ACK. Its
 * sender marked it: on the wire it looks like a duplicate, which only the sender can rule out.
 */
function isKeepAliveProbe(a: Arriving, rcvNxt: number): boolean {
  const { seg, r } = a;
  return seg.keepAlive && r.state !== 'SYN-RECEIVED' && seqAdd(seg.seq, 1) === rcvNxt;
}

/** Drops the part of an acceptable segment that was already received (SYN first, then text). */
function trimOldPart(a: Arriving, rcvNxt: number): void {
  const { seg } = a;
  let old = seqDiff(rcvNxt, seg.seq);
  if (old <= 0) {
    return;
  }
  if (seg.syn) {
    seg.syn = false;
    old -= 1;
  }
  const text = Math.min(old, seg.len);
  seg.len -= text;
  seg.seq = rcvNxt;
}

/**
 * Drops what lies past the right edge of the receive window, the FIN first and then
 * text ("trimming off any portions that lie outside the window (including SYN and
 * FIN)"); the sender must send that part again once the window opens.
 */
function trimBeyondWindow(a: Arriving, rcvNxt: number): void {
  const { seg, r } = a;
  const rcvEnd = seqAdd(rcvNxt, r.RCV_WND);
  let beyond = seqDiff(seqAdd(seg.seq, a.segLen), rcvEnd);
  if (beyond <= 0 || seg.rst) {
    return;
  }
  a.warn('arrive.beyondWindow', 'RFC 9293 §3.10.7.4', { rcvNxt, rcvEnd, beyond });
  if (seg.fin) {
    seg.fin = false;
    beyond -= 1;
  }
  seg.len -= Math.min(beyond, seg.len);
}

/** Fifth step: returns an Arrival when processing stops here. */
function processAck(a: Arriving, segAck: number): Arrival | undefined {
  const { seg, r, ctx } = a;
  const sndUna = r.SND_UNA ?? 0;
  const sndNxt = r.SND_NXT ?? 0;
  if (r.state === 'SYN-RECEIVED') {
    // After a passive OPEN whose SYN,ACK is still owed, no SYN of ours is on the wire to acknowledge.
    const synSent = !(r.passiveOpen && findDebt(r, 'SYN,ACK'));
    if (!synSent) {
      return a.answered('RST', { seq: segAck, ack: undefined, flags: 'RST' }, true, 'arrive.synReceived.synNotSent', 'RFC 9293 §3.10.7.4', { segAck });
    }
    if (seqLt(sndUna, segAck) && seqLeq(segAck, sndNxt)) {
      r.SND_UNA = segAck;
      r.SND_WND = seg.win;
      ctx.follow(r, 'rcv ACK of SYN', 'RFC 9293 §3.10.7.4');
      const synAck = findDebt(r, 'SYN,ACK');
      if (synAck) {
        // A simultaneous open whose SYN,ACK had not gone out yet: the SYN it would have repeated
        // is acknowledged, but the peer's SYN still is not, so a plain ACK is owed instead.
        removeDebt(r, synAck);
        oweAck(a, true, 'arrive.synReceived.ackInstead');
      }
      releaseHeld(a);
      return undefined;
    }
    return a.answered('RST', { seq: segAck, ack: undefined, flags: 'RST' }, true, 'arrive.synReceived.badAck', 'RFC 9293 §3.10.7.4', { sndNxt, segAck });
  }
  if (seqGt(segAck, sndNxt)) {
    if (r.highestSent === undefined || seqGt(segAck, r.highestSent)) {
      return a.answeredWithAck('arrive.ackUnsent', 'RFC 9293 §3.10.7.4', { sndNxt, segAck });
    }
    // A window probe the receiver took after all: what it acknowledges was sent.
    r.SND_NXT = segAck;
  } else if (r.highestSent !== undefined && seqGt(r.highestSent, sndNxt)) {
    // The receiver did not take the probe's octet: what is sent next starts at SND.NXT again.
    r.highestSent = sndNxt;
  }
  if (seqLt(sndUna, segAck)) {
    r.SND_UNA = segAck;
  }
  r.SND_WND = seg.win;
  if (ourFinAcked(r)) {
    if (r.state === 'FIN-WAIT-1' && !(seg.fin && seg.seq === r.RCV_NXT)) {
      // With an in-order FIN on the same segment, note 2 of Figure 5 applies instead (see receiveFin).
      ctx.follow(r, 'rcv ACK of FIN', 'RFC 9293 §3.10.7.4');
    } else if (r.state === 'CLOSING') {
      ctx.follow(r, 'rcv ACK of FIN', 'RFC 9293 §3.10.7.4');
    } else if (r.state === 'LAST-ACK') {
      ctx.follow(r, 'rcv ACK of FIN', 'RFC 9293 §3.10.7.4');
      return a.accepted('arrive.lastAck.closed', 'RFC 9293 §3.10.7.4');
    }
  }
  return undefined;
}

function ourFinAcked(r: Tcb): boolean {
  return r.finSeq !== undefined && r.SND_UNA !== undefined && seqGeq(r.SND_UNA, seqAdd(r.finSeq, 1));
}

/** Seventh and eighth steps: the text, then the FIN. Returns an Arrival when the segment is held or its text ignored. */
function processTextAndFin(a: Arriving): Arrival | undefined {
  const { seg, r } = a;
  if ((seg.len > 0 || seg.fin) && hasPeerFin(r)) {
    // The peer's FIN ended its sequence space: "This should not occur, since a FIN has been
    // received from the remote side. Ignore the segment text", and a FIN leaves the state as it is.
    a.warn('arrive.textAfterFin', 'RFC 9293 §3.10.7.4', {});
    return a.accepted('arrive.textAfterFin', 'RFC 9293 §3.10.7.4');
  }
  const rcvNxt = r.RCV_NXT ?? 0;
  if (seg.len > 0 || (seg.fin && seg.seq !== rcvNxt)) {
    if (seg.seq !== rcvNxt) {
      // Beyond RCV.NXT but in the window: held for later (SHLD-31), and a duplicate ACK tells the sender where the gap is.
      r.held.hold({ seq: seg.seq, len: seg.len, fin: seg.fin });
      return a.answeredWithAck('arrive.outOfOrder', 'RFC 9293 §3.10.7.4', { rcvNxt }, false, 'out-of-order');
    } else {
      r.RCV_NXT = seqAdd(rcvNxt, seg.len);
      oweAck(a, false, 'arrive.data');
      releaseHeld(a);
    }
  }
  if (seg.fin && seqAdd(seg.seq, seg.len) === r.RCV_NXT) {
    receiveFin(a);
  }
  return undefined;
}

/** The states entered by receiving the peer's FIN, after which nothing of the peer's can be new. */
function hasPeerFin(r: Tcb): boolean {
  return r.state === 'CLOSE-WAIT' || r.state === 'CLOSING' || r.state === 'LAST-ACK' || r.state === 'TIME-WAIT';
}

/**
 * Owes <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> from this arrival: a must for a SYN or FIN, a may
 * for data (delayed ACKs and piggybacking are free to cover it later).
 */
function oweAck(a: Arriving, mandatory: boolean, reasonId: string): void {
  const { r } = a;
  addDebt(r, new OwedAck(r.SND_NXT, r.RCV_NXT, mandatory, a.site, reasonId, a.host, a.state, a.flags, a.seq, a.ack));
}

/**
 * An ACK owed for an arrival. Nearly every data segment of a story owes one, and the next
 * segment back pays it: where and why it is owed are read only when it is reported missing,
 * so they are made then, from the arrival's facts as they were.
 */
class OwedAck implements Debt {
  constructor(
    readonly seq: number | undefined,
    readonly ack: number | undefined,
    readonly mandatory: boolean,
    private readonly site: ArrivalSite,
    private readonly reasonId: string,
    /** The arrival's facts, for its explanation. */
    private readonly host: string,
    private readonly state: TcpState,
    private readonly segFlags: string,
    private readonly segSeq: number,
    private readonly segAck: number | '',
  ) {}

  get kind(): 'ACK' {
    return 'ACK';
  }

  get flags(): string {
    return 'ACK';
  }

  get origin(): 'arrival' {
    return 'arrival';
  }

  get line(): number {
    return this.site.line;
  }

  get range(): Range {
    return this.site.range;
  }

  get reason(): MessageRef {
    return { id: this.reasonId, args: explanationArgs({ host: this.host, state: this.state, flags: this.segFlags, seq: this.segSeq, ack: this.segAck }, NO_ARGS) };
  }
}

/** Eighth step: advance RCV.NXT over the FIN, owe its ACK, and move as Figure 5 says. */
function receiveFin(a: Arriving): void {
  const { r, ctx } = a;
  r.RCV_NXT = seqAdd(r.RCV_NXT ?? 0, 1);
  switch (r.state) {
    case 'SYN-RECEIVED':
    case 'ESTABLISHED':
    case 'FIN-WAIT-2':
      ctx.follow(r, 'rcv FIN', 'RFC 9293 §3.10.7.4');
      break;
    case 'FIN-WAIT-1':
      ctx.follow(r, ourFinAcked(r) ? 'rcv FIN, ACK of FIN' : 'rcv FIN', 'RFC 9293 §3.10.7.4');
      break;
    default:
      break;
  }
  oweAck(a, true, 'arrive.fin');
}

/** Processes held segments that now begin at RCV.NXT. */
function releaseHeld(a: Arriving): void {
  const r = a.r;
  let held: HeldSegment | undefined;
  while (r.RCV_NXT !== undefined && (held = r.held.takeAt(r.RCV_NXT)) !== undefined) {
    r.RCV_NXT = seqAdd(r.RCV_NXT, held.len);
    if (held.len > 0) {
      oweAck(a, false, 'arrive.data');
    }
    if (held.fin && !hasPeerFin(r)) {
      receiveFin(a);
    }
  }
}

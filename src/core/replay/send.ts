import type { Fix } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { WireSegment } from '../model';
import type { SegmentEvent } from '../syntax/ast';
import type { Range } from '../text';
import { abortSendsRst } from '../tcp/allowed';
import type { ControlBits } from '../tcp/controlBits';
import { seqAdd, seqDiff, seqGeq, seqGt, seqLeq, seqLt } from '../tcp/sequence';
import { MAX_WINDOW, MAX_WINDOW_SHIFT, maxWindow } from '../tcp/window';
import { computedFields } from './computedFields';
import type { ReplayContext } from './context';
import { describeDebt, findDebt, payAckDebts, removeDebt, replaceDebt } from './debts';
import { flagRange, type GivenFields } from './segmentFields';
import { chooseIss, newDataStart, type Tcb } from './tcb';
import type { SentSegment } from './wireRecord';

/**
 * The sender's side of a segment line: RFC 9293 §3.10.1–§3.10.5 (the user
 * calls a segment implies: a SYN from CLOSED is an active OPEN, a FIN from
 * ESTABLISHED a CLOSE, an unowed RST an ABORT), retransmissions, and the
 * replies the host owes. An illegal send leaves the sender's state as it was,
 * but the segment is still put on the wire and judged by the receiver.
 */

/** A send the sender's state forbids: message and the section that forbids it. */
interface Illegal {
  readonly id: string;
  readonly args?: MessageArgs;
  readonly rfc: string;
  readonly range?: Range;
}

/**
 * The segment line being sent, as a plan's checks read it. The plans of data and bare ACKs,
 * most of a long story, read it instead of holding its parts: a closure per line, and the
 * scope it holds, cost more than the rest of the send.
 */
interface Sending {
  readonly ctx: ReplayContext;
  readonly tcb: Tcb;
  readonly peer: string;
  readonly fields: GivenFields;
  readonly len: number;
}

/** What the sender's state makes of this segment, before it is put on the wire. */
interface Plan {
  readonly illegal?: Illegal;
  /** SEG.SEQ the sender's variables call for (undefined: no expectation, e.g. a fresh ISS). */
  readonly seq?: number;
  /** SEG.SEQ is SND.NXT, as for data and bare ACKs: their plans are then one object each for every line. */
  readonly seqIsSndNxt?: true;
  /** Also acceptable SEG.SEQ values (retransmissions); the message when neither fits. */
  readonly seqOk?: (seq: number, sending: Sending) => boolean;
  readonly seqMismatchId?: string;
  /** SEG.ACK the RFC's form for this segment calls for, when not RCV.NXT. */
  readonly ack?: number;
  /** Applies the send to the sender once the wire segment is known. */
  readonly apply?: (wire: WireSegment, sending: Sending) => void;
}

/** Puts the line's segment on the wire, as the sender's state makes it, and applies the send to the sender. */
export function sendSegment(ctx: ReplayContext, tcb: Tcb, peer: string, node: SegmentEvent, written: ControlBits): SentSegment {
  const fields = ctx.givenValues.of(node);
  const len = checkLength(ctx, fields);
  // RFC 9293 §3.1: once a connection is synchronized, every segment but a RST carries ACK.
  const impliedAck = !written.has('ACK') && !written.has('RST') && !written.has('SYN') && tcb.RCV_NXT !== undefined && isPastSynSent(tcb);
  const flags = impliedAck ? written.with('ACK') : written;
  if (impliedAck) {
    ctx.reportOnce('implied-ack', 'implied-ack', flagRange(node), 'hint.impliedAck', { flags: flags.format() });
  }

  const plan = flags.has('RST')
    ? planReset(ctx, tcb, flagRange(node, 'RST'))
    : flags.has('SYN')
      ? planSyn(ctx, tcb, peer, node, flags, fields, len)
      : flags.has('FIN')
        ? planFin(ctx, tcb, len)
        : planDataOrAck(tcb, flags, fields, len);

  const seq = fields.seq ?? expectedSeq(plan, tcb) ?? tcb.SND_NXT ?? 0;
  const ack = flags.has('ACK') ? fields.ack ?? plan.ack ?? tcb.RCV_NXT ?? 0 : undefined;
  const wire = ctx.wireShapes.segment(
    flags,
    seq,
    ack,
    len,
    fields.win ?? tcb.RCV_WND,
    computedFields(fields.seq === undefined, flags.has('ACK') && fields.ack === undefined),
    impliedAck,
    !plan.illegal && !flags.has('SYN') && !flags.has('FIN') && !flags.has('RST') && isKeepAlive(tcb, seq, len),
  );

  checkWindowField(ctx, fields, maxWindow(tcb.windowShift, tcb.peerWindowShift, flags.has('SYN')));
  checkWindowScale(ctx, fields, flags.has('SYN'));
  if (plan.illegal) {
    const at = plan.illegal.range ?? flagRange(node);
    // A FIN before the connection is synchronized means CLOSE, which sends nothing: offer the action itself.
    const closeInstead: Fix[] =
      plan.illegal.id === 'send.fin.notSynchronized' && len === 0
        ? [{ title: { id: 'fix.replaceWith', args: { text: `${tcb.name}: close` } }, edits: [{ range: node.range, newText: `${tcb.name}: close` }], preferred: true }]
        : [];
    ctx.report('illegal-send', at, plan.illegal.id, { host: tcb.name, peer, state: tcb.state, ...plan.illegal.args }, {
      rfc: plan.illegal.rfc,
      related: ctx.enteredHere(tcb),
      fixes: closeInstead,
    });
    return wire;
  }

  const sending: Sending = { ctx, tcb, peer, fields, len };
  checkSeq(sending, plan);
  checkAck(ctx, tcb, peer, plan, fields, flags);
  plan.apply?.(wire, sending);
  if (fields.win !== undefined) {
    tcb.RCV_WND = fields.win;
  }
  if (wire.ack !== undefined) {
    tcb.lastAckSent = wire.ack;
    payAckDebts(tcb, wire);
  }
  return wire;
}

/**
 * SEG.LEN must stay below half the sequence space (RFC 9293 §3.4: "the maximum
 * sequence number ... 2**31"), or no receiver could tell where the segment ends.
 * Such a length is an error and the segment is replayed without its text.
 */
export function checkLength(ctx: ReplayContext, fields: GivenFields): number {
  const { len } = fields;
  if (len !== undefined && len >= MAX_SEGMENT_LENGTH) {
    const at = fields.rangeOf('len');
    ctx.report('number-out-of-range', at, 'send.lenTooLarge', { given: len, max: MAX_SEGMENT_LENGTH - 1 }, {
      rfc: 'RFC 9293 §3.4',
      fixes: [{ title: { id: 'fix.setValue', args: { value: 0 } }, edits: [{ range: at, newText: '0' }] }],
    });
    return 0;
  }
  return len ?? 0;
}

const MAX_SEGMENT_LENGTH = 2 ** 31;

/** Warns of a `win=` that the 16-bit Window field cannot carry, even shifted by the window scale in effect. */
export function checkWindowField(ctx: ReplayContext, fields: GivenFields, max = MAX_WINDOW): void {
  const { win } = fields;
  if (win !== undefined && win > max) {
    ctx.report('window-out-of-range', fields.rangeOf('win'), max === MAX_WINDOW ? 'send.windowTooLarge' : 'send.windowTooLargeScaled', { given: win, max });
  }
}

/** The Window Scale option is sent on a SYN only, with a shift of at most 14 (RFC 7323 §2.2–2.3). */
function checkWindowScale(ctx: ReplayContext, fields: GivenFields, syn: boolean): void {
  const { wscale } = fields;
  if (wscale === undefined) {
    return;
  }
  if (!syn) {
    ctx.report('window-out-of-range', fields.rangeOf('wscale'), 'send.wscaleWithoutSyn', {}, { rfc: 'RFC 7323 §2.2' });
  } else if (wscale > MAX_WINDOW_SHIFT) {
    ctx.report('window-out-of-range', fields.rangeOf('wscale'), 'send.wscaleTooLarge', { given: wscale, max: MAX_WINDOW_SHIFT }, { rfc: 'RFC 7323 §2.3' });
  }
}

function isPastSynSent(tcb: Tcb): boolean {
  return tcb.state !== 'CLOSED' && tcb.state !== 'LISTEN' && tcb.state !== 'SYN-SENT';
}

function numberFix(at: Range, value: number): Fix[] {
  return [{ title: { id: 'fix.setValue', args: { value } }, edits: [{ range: at, newText: String(value) }], preferred: true }];
}

function checkSeq(sending: Sending, plan: Plan): void {
  const given = sending.fields.seq;
  const expected = expectedSeq(plan, sending.tcb);
  if (given === undefined || expected === undefined || given === expected || plan.seqOk?.(given, sending)) {
    return;
  }
  const { ctx, tcb } = sending;
  const at = sending.fields.rangeOf('seq');
  ctx.report('seq-mismatch', at, plan.seqMismatchId ?? 'send.seqMismatch', {
    host: tcb.name,
    given,
    expected,
  }, { fixes: numberFix(at, expected) });
}

function checkAck(ctx: ReplayContext, tcb: Tcb, peer: string, plan: Plan, fields: GivenFields, flags: ControlBits): void {
  const given = fields.ack;
  if (given === undefined) {
    return;
  }
  if (!flags.has('ACK')) {
    ctx.report('ack-mismatch', fields.rangeOf('ack'), 'send.ackWithoutFlag', { host: tcb.name });
    return;
  }
  const expected = plan.ack ?? tcb.RCV_NXT;
  if (expected === undefined || given === expected) {
    return;
  }
  const id = plan.ack === undefined && seqGt(given, expected) ? 'send.ackUnreceived' : 'send.ackMismatch';
  // Acknowledging the FIN the peer owes but whose line is missing: the number is right once that line is
  // written (the missing-reply's fix), so changing it would only hide the missing FIN.
  const owedFin = findDebt(ctx.hostNamed(peer) ?? tcb, 'FIN');
  const acksOwedFin = owedFin?.seq !== undefined && given === (owedFin.seq + 1) >>> 0;
  const at = fields.rangeOf('ack');
  ctx.report('ack-mismatch', at, id, { host: tcb.name, given, expected }, { fixes: acksOwedFin ? [] : numberFix(at, expected) });
}

/** A RST: a reply the host owes, else an ABORT (RFC 9293 §3.10.5, §3.10.7). */
function planReset(ctx: ReplayContext, tcb: Tcb, rstRange: Range): Plan {
  const debt = findDebt(tcb, 'RST');
  if (debt) {
    return {
      seq: debt.seq ?? tcb.SND_NXT,
      seqMismatchId: debt.origin === 'call' ? 'send.rstSeq' : 'send.rstReplySeq',
      ...(debt.ack !== undefined || debt.rcvNxt !== undefined ? { ack: debt.ack ?? debt.rcvNxt } : {}),
      apply: (wire) => {
        removeDebt(tcb, debt);
        if (debt.flags.includes('ACK') && wire.ack === undefined) {
          ctx.report('ack-mismatch', rstRange, 'send.rstNeedsAck', { host: tcb.name, reply: debt.flags, ack: debt.ack ?? 0 });
        }
      },
    };
  }
  if (abortSendsRst(tcb.state)) {
    const owedAck = findDebt(tcb, 'ACK');
    return {
      seq: tcb.SND_NXT,
      seqMismatchId: 'send.rstSeq',
      apply: () => {
        if (owedAck) {
          // Not the reply it owed: a RST nobody asked for is an ABORT, and the ACK is never sent.
          ctx.report('missing-reply', rstRange, 'send.rst.insteadOfAck', { host: tcb.name, reply: describeDebt(owedAck) }, {
            rfc: 'RFC 9293 §3.10.5',
            related: [{ range: owedAck.range, message: owedAck.reason }],
          });
        }
        ctx.close(tcb, 'CLOSED', 'transition.abortRst', 'RFC 9293 §3.10.5');
      },
    };
  }
  if (tcb.state === 'CLOSED') {
    return { illegal: { id: 'send.rst.noConnection', rfc: 'RFC 9293 §3.10.7.1' } };
  }
  return { illegal: { id: 'send.rst.abortWithoutRst', rfc: 'RFC 9293 §3.10.5' } };
}

/** A SYN or SYN,ACK: an active OPEN, its retransmission, or the reply to a SYN (RFC 9293 §3.10.1, §3.10.7.2–3). */
function planSyn(ctx: ReplayContext, tcb: Tcb, peer: string, node: SegmentEvent, flags: ControlBits, fields: GivenFields, len: number): Plan {
  const givenSeq = fields.seq;
  if (!flags.has('ACK')) {
    if (flags.has('FIN') && (tcb.state === 'CLOSED' || tcb.state === 'LISTEN' || tcb.state === 'SYN-SENT')) {
      // OPEN then CLOSE before the peer answers deletes the connection (§3.10.4, SYN-SENT): no user
      // call sends SYN,FIN. Refused, the segment still goes on the wire, with the ISS an OPEN would choose.
      return { seq: chooseIss(tcb, tcb.incarnation + 1), illegal: { id: 'send.fin.onSyn', rfc: 'RFC 9293 §3.10.4', range: flagRange(node, 'FIN') } };
    }
    switch (tcb.state) {
      case 'CLOSED':
      case 'LISTEN': {
        // The ISS is chosen here, not in apply, so that the wire carries it. A given one still
        // takes this host's turn, so that the peer's computed ISS differs from it (100 and 300).
        const chosen = chooseIss(tcb, tcb.incarnation + 1);
        const iss = givenSeq ?? chosen;
        return {
          seq: iss,
          apply: (wire) => {
            const from = tcb.state;
            tcb.incarnation += 1;
            openSendSequence(tcb, iss, len);
            tcb.passiveOpen = false;
            ctx.follow(tcb, from === 'CLOSED' ? 'active OPEN' : 'SEND', 'RFC 9293 §3.10.1');
            hintIsn(ctx, tcb, fields, wire);
          },
        };
      }
      case 'SYN-SENT':
        // `connect` owes this SYN, or it is a retransmission.
        return planOwedSyn(ctx, tcb, 'SYN', fields, len);
      case 'SYN-RECEIVED':
        return { illegal: { id: 'send.syn.needsAck', rfc: 'RFC 9293 §3.10.7.2' } };
      default:
        return { illegal: { id: 'send.syn.synchronized', rfc: 'RFC 9293 §3.10.1' } };
    }
  }
  if (tcb.state === 'SYN-RECEIVED' || synUnacknowledged(tcb)) {
    return planSynAck(ctx, tcb, flags, fields, len);
  }
  if (tcb.state === 'CLOSED' || tcb.state === 'LISTEN' || tcb.state === 'SYN-SENT') {
    return { illegal: { id: 'send.synAck.noSyn', args: { peer }, rfc: 'RFC 9293 §3.10.7.2' } };
  }
  if (tcb.state === 'ESTABLISHED') {
    return { illegal: { id: 'send.synAck.synAcked', args: { peer }, rfc: 'RFC 9293 §3.10.7.4' } };
  }
  return { illegal: { id: 'send.syn.synchronized', rfc: 'RFC 9293 §3.10.1' } };
}

/**
 * The SYN,ACK of a host that received a SYN: owed, or retransmitted while its SYN is
 * unacknowledged (also after a CLOSE in SYN-RECEIVED, in FIN-WAIT-1). A FIN on it is
 * CLOSE's FIN, owed by an earlier `close` or closing the connection now (§3.10.4).
 */
function planSynAck(ctx: ReplayContext, tcb: Tcb, flags: ControlBits, fields: GivenFields, len: number): Plan {
  const synAck = planOwedSyn(ctx, tcb, 'SYN,ACK', fields, len);
  return {
    ...synAck,
    apply: (wire, sending) => {
      synAck.apply?.(wire, sending);
      if (flags.has('FIN')) {
        const finDebt = findDebt(tcb, 'FIN');
        if (finDebt) {
          removeDebt(tcb, finDebt);
        } else if (tcb.state === 'SYN-RECEIVED') {
          tcb.finSeq = tcb.SND_NXT;
          tcb.SND_NXT = seqAdd(tcb.SND_NXT ?? 0, 1);
          ctx.follow(tcb, 'CLOSE', 'RFC 9293 §3.10.4');
        }
      }
    },
  };
}

/**
 * A SYN or SYN,ACK the host owes (whose ISS the script may still fix with `seq=`), or the
 * retransmission of one: it repeats the ISS, and the first one sent places its text after it.
 */
function planOwedSyn(ctx: ReplayContext, tcb: Tcb, kind: 'SYN' | 'SYN,ACK', fields: GivenFields, len: number): Plan {
  const debt = findDebt(tcb, kind);
  const givenSeq = fields.seq;
  if (debt && tcb.issTentative && givenSeq !== undefined) {
    openSendSequence(tcb, givenSeq, len);
  }
  return {
    seq: tcb.ISS,
    seqMismatchId: 'send.synRetransmitSeq',
    apply: (wire) => {
      if (debt) {
        removeDebt(tcb, debt);
        tcb.issTentative = false;
        placeAfterSyn(tcb, len);
        hintIsn(ctx, tcb, fields, wire);
      }
    },
  };
}

/** In FIN-WAIT-1 after a CLOSE in SYN-RECEIVED, before the peer acknowledged the SYN. */
function synUnacknowledged(tcb: Tcb): boolean {
  return tcb.state === 'FIN-WAIT-1' && tcb.ISS !== undefined && tcb.SND_UNA === tcb.ISS;
}

/**
 * Text on a SYN follows the SYN in sequence space, as the receiver counts it; a FIN
 * that CLOSE placed before the SYN went out moves to follow that text.
 */
function placeAfterSyn(tcb: Tcb, len: number): void {
  const afterText = seqAdd(tcb.ISS ?? 0, 1 + len);
  const finDebt = findDebt(tcb, 'FIN');
  if (tcb.finSeq !== undefined && finDebt) {
    tcb.finSeq = afterText;
    tcb.SND_NXT = seqAdd(afterText, 1);
    replaceDebt(tcb, finDebt, { ...finDebt, seq: afterText });
  } else if (tcb.SND_NXT === undefined || seqGt(afterText, tcb.SND_NXT)) {
    tcb.SND_NXT = afterText;
  }
}

/** Sets ISS and the send variables for a SYN that carries `len` octets of data. */
function openSendSequence(tcb: Tcb, iss: number, len: number): void {
  tcb.ISS = iss;
  tcb.issTentative = false;
  tcb.SND_UNA = iss;
  tcb.SND_NXT = seqAdd(iss, 1 + len);
}

/** RFC 9293 §3.4.1: why ISNs are not zero and not predictable. */
function hintIsn(ctx: ReplayContext, tcb: Tcb, fields: GivenFields, wire: WireSegment): void {
  if (fields.seq === undefined) {
    return;
  }
  if (wire.seq === 0) {
    ctx.report('zero-isn', fields.rangeOf('seq'), 'hint.zeroIsn', { host: tcb.name });
  } else if (tcb.previous && seqLeq(wire.seq, tcb.previous.SND_NXT)) {
    ctx.report('predictable-isn', fields.rangeOf('seq'), 'hint.predictableIsn', {
      host: tcb.name,
      iss: wire.seq,
      previous: tcb.previous.SND_NXT,
    });
  }
}

/** A FIN: CLOSE's FIN (owed or implied) or its retransmission (RFC 9293 §3.10.4). */
function planFin(ctx: ReplayContext, tcb: Tcb, len: number): Plan {
  if (findDebt(tcb, 'SYN,ACK')) {
    return { illegal: { id: 'send.fin.beforeSynAck', rfc: 'RFC 9293 §3.10.4' } };
  }
  const debt = findDebt(tcb, 'FIN');
  if (debt && tcb.finSeq !== undefined && tcb.SND_NXT !== undefined) {
    // `A: close` already placed the FIN; data written on the FIN's line goes before it.
    if (len > 0) {
      tcb.finSeq = seqAdd(tcb.finSeq, len);
      tcb.SND_NXT = seqAdd(tcb.SND_NXT, len);
    }
    const finSeq = tcb.finSeq;
    return { seq: seqAdd(finSeq, -len), apply: () => removeDebt(tcb, debt) };
  }
  switch (tcb.state) {
    case 'ESTABLISHED':
    case 'CLOSE-WAIT':
      return {
        // Text on the FIN goes out from SND.NXT (again over a probe's octet); a bare FIN follows that octet.
        seq: len > 0 ? tcb.SND_NXT : newDataStart(tcb),
        seqOk: (seq) => retransmitsFrom(tcb, seq) && seqGeq(seqAdd(seq, len), tcb.SND_NXT!),
        apply: (wire) => {
          // The FIN follows all data sent so far, whatever SEQ the line was written with.
          const end = seqAdd(wire.seq, len);
          const next = newDataStart(tcb);
          tcb.finSeq = next === undefined || seqGt(end, next) ? end : next;
          tcb.SND_NXT = seqAdd(tcb.finSeq, 1);
          ctx.follow(tcb, 'CLOSE', 'RFC 9293 §3.10.4');
        },
      };
    case 'SYN-RECEIVED':
      if (len > 0) {
        return { illegal: { id: 'send.data.notSynchronized', rfc: 'RFC 9293 §3.10.2' } };
      }
      return {
        seq: tcb.SND_NXT,
        apply: () => {
          tcb.finSeq = tcb.SND_NXT;
          tcb.SND_NXT = seqAdd(tcb.SND_NXT!, 1);
          ctx.follow(tcb, 'CLOSE', 'RFC 9293 §3.10.4');
        },
      };
    case 'FIN-WAIT-1':
    case 'CLOSING':
    case 'LAST-ACK': {
      const finSeq = tcb.finSeq ?? tcb.SND_NXT ?? 0;
      return { seq: seqAdd(finSeq, -len), seqMismatchId: 'send.finRetransmitSeq' };
    }
    case 'FIN-WAIT-2':
    case 'TIME-WAIT':
      return { illegal: { id: 'send.fin.alreadyAcked', rfc: 'RFC 9293 §3.10.4' } };
    case 'CLOSED':
      return { illegal: { id: 'send.noConnection', rfc: 'RFC 9293 §3.10.4' } };
    default:
      return { illegal: { id: 'send.fin.notSynchronized', rfc: 'RFC 9293 §3.10.4' } };
  }
}

/**
 * A segment starting inside what was sent and is not yet acknowledged: a retransmission,
 * which may be repackaged to carry new data after the old (RFC 9293 §3.8.6).
 */
function retransmitsFrom(tcb: Tcb, seq: number): boolean {
  return tcb.SND_UNA !== undefined && tcb.SND_NXT !== undefined && seqGeq(seq, tcb.SND_UNA) && seqLt(seq, tcb.SND_NXT);
}

/**
 * A keep-alive probe (RFC 9293 §3.8.4): SEG.SEQ = SND.NXT−1, with no octet or one garbage
 * octet, sent while nothing is outstanding by a host that has already acknowledged its peer.
 */
function isKeepAlive(tcb: Tcb, seq: number, len: number): boolean {
  return (
    len <= 1 &&
    tcb.SND_NXT !== undefined &&
    tcb.SND_UNA === tcb.SND_NXT &&
    tcb.lastAckSent !== undefined &&
    seqAdd(seq, 1) === tcb.SND_NXT
  );
}

/** Data (SEND, RFC 9293 §3.10.2) or a bare acknowledgment. */
function planDataOrAck(tcb: Tcb, flags: ControlBits, fields: GivenFields, len: number): Plan {
  if (len > 0) {
    switch (tcb.state) {
      case 'ESTABLISHED':
      case 'CLOSE-WAIT':
        return DATA_PLAN;
      case 'FIN-WAIT-1':
      case 'CLOSING':
      case 'LAST-ACK': {
        const given = fields.seq;
        const finSeq = tcb.finSeq;
        if (given !== undefined && finSeq !== undefined && tcb.SND_UNA !== undefined && seqGeq(given, tcb.SND_UNA) && seqLeq(seqAdd(given, len), finSeq)) {
          return { seq: given };
        }
        return { illegal: { id: 'send.data.closing', rfc: 'RFC 9293 §3.10.2' } };
      }
      case 'FIN-WAIT-2':
      case 'TIME-WAIT':
        return { illegal: { id: 'send.data.closing', rfc: 'RFC 9293 §3.10.2' } };
      case 'SYN-SENT':
      case 'SYN-RECEIVED':
        return { illegal: { id: 'send.data.notSynchronized', rfc: 'RFC 9293 §3.10.2' } };
      default:
        return { illegal: { id: 'send.noConnection', rfc: 'RFC 9293 §3.10.2' } };
    }
  }
  if (findDebt(tcb, 'SYN,ACK')) {
    return { illegal: { id: 'send.ack.beforeSynAck', rfc: 'RFC 9293 §3.10.7.2' } };
  }
  if (!flags.has('ACK') || !isPastSynSent(tcb)) {
    if (tcb.state === 'SYN-SENT') {
      return { illegal: { id: 'send.ack.synSent', rfc: 'RFC 9293 §3.10.7.3' } };
    }
    if (tcb.state === 'CLOSED' || tcb.state === 'LISTEN') {
      return { illegal: { id: 'send.noConnection', rfc: 'RFC 9293 §3.10.2' } };
    }
    return { illegal: { id: 'send.noAck', rfc: 'RFC 9293 §3.1' } };
  }
  return BARE_ACK_PLAN;
}

/** SEND's data, from SND.NXT or again from an earlier place. */
const DATA_PLAN: Plan = { seqIsSndNxt: true, seqOk: retransmitsOrProbes, seqMismatchId: 'send.dataSeq', apply: sendData };
/** A bare ACK changes nothing on its sender's side; SND.NXT−1 is a keep-alive probe. */
const BARE_ACK_PLAN: Plan = { seqIsSndNxt: true, seqOk: probes };

function expectedSeq(plan: Plan, tcb: Tcb): number | undefined {
  return plan.seqIsSndNxt ? tcb.SND_NXT : plan.seq;
}

/** SEND's data from SND.NXT: it moves SND.NXT past the data, unless the data probes a zero window. */
function sendData(wire: WireSegment, { ctx, tcb, peer, fields, len }: Sending): void {
  const end = seqAdd(wire.seq, len);
  warnBeyondPeerWindow(ctx, tcb, peer, fields, end);
  tcb.highestSent = tcb.highestSent === undefined || seqGt(end, tcb.highestSent) ? end : tcb.highestSent;
  if (tcb.SND_WND === 0 && wire.seq === tcb.SND_NXT) {
    // Into a zero window the data is a window probe (§3.8.6.1): the receiver may refuse it,
    // so it is sent again from the same SND.NXT once the window opens (as BSD does).
    return;
  }
  if (tcb.SND_NXT === undefined || seqGt(end, tcb.SND_NXT)) {
    tcb.SND_NXT = end;
  }
}

/** Data sent from elsewhere than SND.NXT: a retransmission, or a keep-alive's garbage octet. */
function retransmitsOrProbes(seq: number, { tcb, len }: Sending): boolean {
  return retransmitsFrom(tcb, seq) || isKeepAlive(tcb, seq, len);
}

/** A bare ACK from elsewhere than SND.NXT: only a keep-alive. */
function probes(seq: number, { tcb, len }: Sending): boolean {
  return isKeepAlive(tcb, seq, len);
}

/**
 * Data past the window the peer last advertised (SND.UNA + SND.WND, RFC 9293
 * §3.8.6): the sender may not send it. One octet into a zero window is a probe.
 */
function warnBeyondPeerWindow(ctx: ReplayContext, tcb: Tcb, peer: string, fields: GivenFields, end: number): void {
  if (tcb.SND_UNA === undefined || tcb.SND_WND === undefined || tcb.SND_WND === 0) {
    return;
  }
  const edge = seqAdd(tcb.SND_UNA, tcb.SND_WND);
  if (seqGt(end, edge)) {
    ctx.report('beyond-peer-window', fields.len !== undefined ? fields.rangeOf('len') : fields.seq !== undefined ? fields.rangeOf('seq') : ctx.eventRange!, 'send.beyondPeerWindow', {
      host: tcb.name,
      peer,
      beyond: seqDiff(end, edge),
      window: tcb.SND_WND,
      edge,
    });
  }
}

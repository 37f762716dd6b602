import type { MessageRef } from '../diagnostics';
import type { WireSegment } from '../model';
import type { Range } from '../text';
import { seqGeq } from '../tcp/sequence';
import type { Tcb } from './tcb';

/**
 * What a host owes: a segment a real TCP would send next without being asked.
 * Arrivals create replies (the SYN,ACK to a SYN, the ACK of a FIN, a RST from a
 * closed port); user calls create emissions (CLOSE's FIN). The script is
 * expected to show each on the wire; the line that does so pays the debt, and
 * "the action and the segment it emits" are then one step, not two.
 */
export type DebtKind = 'SYN' | 'SYN,ACK' | 'ACK' | 'FIN' | 'RST';

export interface Debt {
  readonly kind: DebtKind;
  /** The control bits of the form RFC 9293 prescribes, e.g. `RST,ACK`. */
  readonly flags: string;
  /** SEQ and ACK fixed by the RFC's form, when it fixes them. */
  readonly seq: number | undefined;
  readonly ack: number | undefined;
  /** RCV.NXT when the debt arose, for an ACK written on a reply whose form has none (ABORT's RST after the TCB is gone). */
  readonly rcvNxt?: number;
  /** A user call's emission (CLOSE's FIN, ABORT's RST) or a reply to an arrival. */
  readonly origin: 'call' | 'arrival';
  /** True for a reply TCP must send; false for one it may send (the ACK of data, a challenge ACK). */
  readonly mandatory: boolean;
  readonly line: number;
  readonly range: Range;
  /** Why it is owed, for the missing-reply warning. */
  readonly reason: MessageRef;
}

/** The RFC's notation for a segment: `<SEQ=91><ACK=101><CTL=RST,ACK>`. */
export function rfcForm(seq: number | undefined, ack: number | undefined, flags: string): string {
  return `${seq !== undefined ? `<SEQ=${seq}>` : ''}${ack !== undefined ? `<ACK=${ack}>` : ''}<CTL=${flags}>`;
}

export function describeDebt(debt: Debt): string {
  return rfcForm(debt.seq, debt.ack, debt.flags);
}

/**
 * Records a debt. ACKs are cumulative, so one ACK debt stands for all: a new
 * one replaces the old, keeping "must" if either was a must. A must-ACK owed
 * since an earlier line stays that line's debt, with the RCV.NXT the host had
 * there, when only a may-ACK comes after it. A host owes at most one debt of
 * each kind, so its list is changed in place: an arrival that owes a reply
 * makes no list.
 */
export function addDebt(tcb: Tcb, debt: Debt): void {
  const { debts } = tcb;
  const index = indexOfKind(debts, debt.kind);
  if (index < 0) {
    debts.push(debt);
    return;
  }
  const old = debts[index]!;
  if (debt.kind !== 'ACK') {
    removeAt(debts, index);
    debts.push(debt);
  } else if (old.mandatory && !debt.mandatory) {
    debts[index] = old.line === debt.line ? withNumbers(old, debt.seq, debt.ack) : old;
  } else {
    // Either the new one is a must, or neither is: the new one is the debt as it stands.
    debts[index] = debt;
  }
}

/** `debt` with other SEQ and ACK: read field by field, as a debt may make its range and reason when read. */
function withNumbers(debt: Debt, seq: number | undefined, ack: number | undefined): Debt {
  const { kind, flags, rcvNxt, origin, mandatory, line, range, reason } = debt;
  return { kind, flags, seq, ack, ...(rcvNxt === undefined ? {} : { rcvNxt }), origin, mandatory, line, range, reason };
}

export function findDebt(tcb: Tcb, kind: DebtKind): Debt | undefined {
  const index = indexOfKind(tcb.debts, kind);
  return index < 0 ? undefined : tcb.debts[index];
}

export function replaceDebt(tcb: Tcb, debt: Debt, by: Debt): void {
  const index = tcb.debts.indexOf(debt);
  if (index >= 0) {
    tcb.debts[index] = by;
  }
}

export function removeDebt(tcb: Tcb, debt: Debt): void {
  const index = tcb.debts.indexOf(debt);
  if (index >= 0) {
    removeAt(tcb.debts, index);
  }
}

/** Drops the ACK debt this segment pays: an ACK owed at or before its SEG.ACK. */
export function payAckDebts(tcb: Tcb, wire: WireSegment): void {
  if (wire.ack === undefined) {
    return;
  }
  const index = indexOfKind(tcb.debts, 'ACK');
  const owed = index < 0 ? undefined : tcb.debts[index]!;
  if (owed && (owed.ack === undefined || seqGeq(wire.ack, owed.ack))) {
    removeAt(tcb.debts, index);
  }
}

function indexOfKind(debts: readonly Debt[], kind: DebtKind): number {
  for (let i = 0; i < debts.length; i++) {
    if (debts[i]!.kind === kind) {
      return i;
    }
  }
  return -1;
}

/** Removes one debt, keeping the others' order (splice would make an array of what it removed). */
function removeAt(debts: Debt[], index: number): void {
  for (let i = index; i < debts.length - 1; i++) {
    debts[i] = debts[i + 1]!;
  }
  debts.pop();
}

import type { SegmentEvent, StartStatement } from '../syntax/ast';
import { seqAdd } from '../tcp/sequence';
import { MAX_WINDOW_SHIFT } from '../tcp/window';
import { givenFields } from './segmentFields';
import { chooseIss, type Tcb } from './tcb';

/**
 * `start ESTABLISHED [A seq=N] [B seq=N]`: both hosts begin synchronized, as if
 * their SYNs had been exchanged just before the story. A host's `seq=` is its
 * SND.NXT (so its ISS is one less); without it the engine chooses, as for a SYN.
 * Each host's RCV.NXT is the peer's SND.NXT, and nothing is unacknowledged. A
 * `wscale=` is the shift the host's SYN offered: window scaling holds when both give one.
 */
export function applyStart(start: StartStatement | undefined, tcbs: readonly Tcb[]): void {
  if (!start || start.state !== 'ESTABLISHED' || tcbs.length !== 2) {
    return;
  }
  for (const tcb of tcbs) {
    const clause = start.clauses.find((c) => c.host.text === tcb.name);
    const given = clause?.seq?.value;
    const shift = clause?.wscale?.value;
    tcb.windowShift = shift === undefined ? undefined : Math.min(shift, MAX_WINDOW_SHIFT);
    tcb.incarnation = 1;
    tcb.ISS = given === undefined ? chooseIss(tcb, 1) : seqAdd(given, -1);
    tcb.issTentative = false;
    tcb.SND_UNA = seqAdd(tcb.ISS, 1);
    tcb.SND_NXT = tcb.SND_UNA;
    tcb.highestSent = tcb.SND_NXT;
    tcb.state = 'ESTABLISHED';
    tcb.enteredAt = start.stateRange;
    tcb.enteredLine = start.line;
  }
  const [a, b] = tcbs as [Tcb, Tcb];
  for (const [tcb, peer] of [[a, b], [b, a]] as const) {
    tcb.IRS = peer.ISS;
    tcb.RCV_NXT = peer.SND_NXT;
    tcb.SND_WND = peer.RCV_WND;
    tcb.peerWindowShift = peer.windowShift;
  }
}

/**
 * A SYN's Window Scale option (RFC 7323 §2.2): the sender will shift the windows it
 * advertises by it, and scaling holds once both ends' SYNs have carried one.
 */
export function noteWindowScale(from: Tcb, to: Tcb, node: SegmentEvent, syn: boolean): void {
  if (!syn) {
    return;
  }
  const wscale = givenFields(node).wscale;
  const shift = wscale === undefined ? undefined : Math.min(wscale, MAX_WINDOW_SHIFT);
  from.windowShift = shift;
  to.peerWindowShift = shift;
}

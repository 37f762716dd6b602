import type { ActionName } from '../syntax/ast';
import type { TcpState } from './states';

/**
 * What a host may do on its own initiative in each state (RFC 9293 §3.10.1–§3.10.5
 * and §3.8 for the timeouts). Replies a host owes are not here: the engine
 * reports those per step (`Step.owes`). Used by completion and by the engine's
 * illegal-action check, so the editor and the CLI never disagree.
 */
const ACTIONS: Readonly<Record<TcpState, readonly ActionName[]>> = {
  'CLOSED': ['listen', 'connect', 'reboot'],
  'LISTEN': ['connect', 'close', 'abort', 'reboot'],
  'SYN-SENT': ['close', 'abort', 'timeout', 'reboot'],
  'SYN-RECEIVED': ['close', 'abort', 'timeout', 'reboot'],
  'ESTABLISHED': ['close', 'abort', 'timeout', 'reboot'],
  'FIN-WAIT-1': ['abort', 'timeout', 'reboot'],
  'FIN-WAIT-2': ['abort', 'timeout', 'reboot'],
  'CLOSE-WAIT': ['close', 'abort', 'timeout', 'reboot'],
  'CLOSING': ['abort', 'timeout', 'reboot'],
  'LAST-ACK': ['abort', 'timeout', 'reboot'],
  'TIME-WAIT': ['timeout', 'abort', 'reboot'],
};

export function allowedActions(state: TcpState): readonly ActionName[] {
  return ACTIONS[state];
}

/** The states whose ABORT sends <SEQ=SND.NXT><CTL=RST> (RFC 9293 §3.10.5); elsewhere it only deletes the TCB. */
const ABORT_SENDS_RST: ReadonlySet<TcpState> = new Set<TcpState>(['SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT']);

export function abortSendsRst(state: TcpState): boolean {
  return ABORT_SENDS_RST.has(state);
}

/**
 * Segments a host may send on its own initiative, in canonical spelling, most
 * useful first: an active OPEN's SYN, data, a CLOSE's FIN, an ABORT's RST, and
 * retransmissions of what it already sent.
 */
const SENDS: Readonly<Record<TcpState, readonly string[]>> = {
  'CLOSED': ['SYN'],
  'LISTEN': ['SYN'],
  'SYN-SENT': ['SYN'],
  'SYN-RECEIVED': ['SYN,ACK', 'FIN,ACK', 'RST'],
  'ESTABLISHED': ['ACK', 'PSH,ACK', 'FIN,ACK', 'RST'],
  'FIN-WAIT-1': ['ACK', 'FIN,ACK', 'RST'],
  'FIN-WAIT-2': ['ACK', 'RST'],
  'CLOSE-WAIT': ['ACK', 'PSH,ACK', 'FIN,ACK', 'RST'],
  'CLOSING': ['ACK', 'FIN,ACK'],
  'LAST-ACK': ['FIN,ACK', 'ACK'],
  'TIME-WAIT': ['ACK'],
};

export function allowedSends(state: TcpState): readonly string[] {
  return SENDS[state];
}

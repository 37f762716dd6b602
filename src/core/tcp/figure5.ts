import type { TcpState } from './states';

/**
 * RFC 9293 Figure 5, the TCP connection state diagram, as data. Each row is one
 * arrow of the figure: in state `from`, on `event`, send `send` (if any) and
 * enter `to`. The engine looks its transitions up here; the finer checks of
 * §3.10 (is this ACK acceptable? is this the ACK of our FIN?) decide which event
 * a segment is, and live beside the engine as small named functions.
 */

export type Figure5Event =
  | 'passive OPEN'
  | 'active OPEN'
  | 'SEND'
  | 'CLOSE'
  | 'rcv SYN'
  | 'rcv SYN,ACK'
  | 'rcv ACK of SYN'
  | 'rcv FIN'
  | 'rcv ACK of FIN'
  | 'rcv FIN, ACK of FIN'
  | 'rcv RST'
  | 'Timeout=2MSL';

/** What the transition puts on the wire, in the figure's words. */
export type Figure5Send = 'SYN' | 'SYN,ACK' | 'ACK' | 'FIN';

export interface Figure5Transition {
  readonly from: TcpState;
  readonly event: Figure5Event;
  readonly send?: Figure5Send;
  readonly to: TcpState;
  /** The figure's note this arrow depends on (note 1: only after a passive OPEN; note 2: omitted from the drawing). */
  readonly note?: 1 | 2;
}

export const FIGURE_5: readonly Figure5Transition[] = [
  { from: 'CLOSED', event: 'passive OPEN', to: 'LISTEN' },
  { from: 'CLOSED', event: 'active OPEN', send: 'SYN', to: 'SYN-SENT' },
  { from: 'LISTEN', event: 'rcv SYN', send: 'SYN,ACK', to: 'SYN-RECEIVED' },
  { from: 'LISTEN', event: 'SEND', send: 'SYN', to: 'SYN-SENT' },
  { from: 'LISTEN', event: 'CLOSE', to: 'CLOSED' },
  { from: 'SYN-SENT', event: 'rcv SYN', send: 'SYN,ACK', to: 'SYN-RECEIVED' },
  { from: 'SYN-SENT', event: 'rcv SYN,ACK', send: 'ACK', to: 'ESTABLISHED' },
  { from: 'SYN-SENT', event: 'CLOSE', to: 'CLOSED' },
  { from: 'SYN-RECEIVED', event: 'rcv ACK of SYN', to: 'ESTABLISHED' },
  { from: 'SYN-RECEIVED', event: 'CLOSE', send: 'FIN', to: 'FIN-WAIT-1' },
  { from: 'SYN-RECEIVED', event: 'rcv RST', to: 'LISTEN', note: 1 },
  { from: 'ESTABLISHED', event: 'CLOSE', send: 'FIN', to: 'FIN-WAIT-1' },
  { from: 'ESTABLISHED', event: 'rcv FIN', send: 'ACK', to: 'CLOSE-WAIT' },
  { from: 'FIN-WAIT-1', event: 'rcv ACK of FIN', to: 'FIN-WAIT-2' },
  { from: 'FIN-WAIT-1', event: 'rcv FIN', send: 'ACK', to: 'CLOSING' },
  { from: 'FIN-WAIT-1', event: 'rcv FIN, ACK of FIN', send: 'ACK', to: 'TIME-WAIT', note: 2 },
  { from: 'FIN-WAIT-2', event: 'rcv FIN', send: 'ACK', to: 'TIME-WAIT' },
  { from: 'CLOSE-WAIT', event: 'CLOSE', send: 'FIN', to: 'LAST-ACK' },
  { from: 'CLOSING', event: 'rcv ACK of FIN', to: 'TIME-WAIT' },
  { from: 'LAST-ACK', event: 'rcv ACK of FIN', to: 'CLOSED' },
  { from: 'TIME-WAIT', event: 'Timeout=2MSL', to: 'CLOSED' },
];

/** The arrow of Figure 5 for this state and event, if the figure has one. */
export function figure5Transition(from: TcpState, event: Figure5Event): Figure5Transition | undefined {
  return FIGURE_5.find((t) => t.from === from && t.event === event);
}

import type { TcpState } from '../tcp/states';
import type { StatePhase } from './shapes';

const PHASES: Readonly<Record<TcpState, StatePhase>> = {
  CLOSED: 'closed',
  LISTEN: 'opening',
  'SYN-SENT': 'opening',
  'SYN-RECEIVED': 'opening',
  ESTABLISHED: 'synchronized',
  'FIN-WAIT-1': 'closing',
  'FIN-WAIT-2': 'closing',
  'CLOSE-WAIT': 'closing',
  CLOSING: 'closing',
  'LAST-ACK': 'closing',
  'TIME-WAIT': 'closing',
};

/** Which part of a connection's life a state belongs to (RFC 9293 §3.3.2), for its colour. */
export function phaseOf(state: TcpState): StatePhase {
  return PHASES[state];
}

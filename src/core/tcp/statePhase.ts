import type { TcpState } from './states';

/**
 * Where a state sits in a connection's life, for colouring state boxes: no
 * connection (CLOSED), opening it (§3.5), synchronized and open (ESTABLISHED),
 * or closing it (§3.6). The preview and the Figure 5 view colour by these.
 */
export type StatePhase = 'closed' | 'opening' | 'synchronized' | 'closing';

export const STATE_PHASES: readonly StatePhase[] = ['closed', 'opening', 'synchronized', 'closing'];

export const OPENING_STATES: ReadonlySet<TcpState> = new Set<TcpState>(['LISTEN', 'SYN-SENT', 'SYN-RECEIVED']);
export const CLOSING_STATES: ReadonlySet<TcpState> = new Set<TcpState>(['FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSE-WAIT', 'CLOSING', 'LAST-ACK', 'TIME-WAIT']);

export function statePhase(state: TcpState): StatePhase {
  if (state === 'CLOSED') {
    return 'closed';
  }
  if (state === 'ESTABLISHED') {
    return 'synchronized';
  }
  return OPENING_STATES.has(state) ? 'opening' : 'closing';
}

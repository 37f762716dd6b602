/** The eleven connection states of RFC 9293 §3.3.2, spelled as the RFC spells them. */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const;

export type TcpState = (typeof TCP_STATES)[number];

/**
 * RFC 9293 §3.5: SYN-SENT and SYN-RECEIVED are the non-synchronized states
 * (with CLOSED and LISTEN, which have no peer yet); the rest are synchronized.
 */
export function isSynchronized(state: TcpState): boolean {
  return !(state === 'CLOSED' || state === 'LISTEN' || state === 'SYN-SENT' || state === 'SYN-RECEIVED');
}

/** Spellings people use for states, folded to upper case with `-`, `_` and spaces removed. */
const ALIASES: Readonly<Record<string, TcpState>> = {
  CLOSED: 'CLOSED',
  CLOSE: 'CLOSED',
  LISTEN: 'LISTEN',
  LISTENING: 'LISTEN',
  SYNSENT: 'SYN-SENT',
  SYNRECEIVED: 'SYN-RECEIVED',
  SYNRCVD: 'SYN-RECEIVED',
  SYNRCV: 'SYN-RECEIVED',
  SYNRECV: 'SYN-RECEIVED',
  ESTABLISHED: 'ESTABLISHED',
  ESTAB: 'ESTABLISHED',
  FINWAIT1: 'FIN-WAIT-1',
  FINWAIT2: 'FIN-WAIT-2',
  CLOSEWAIT: 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  LASTACK: 'LAST-ACK',
  TIMEWAIT: 'TIME-WAIT',
};

function fold(text: string): string {
  return text.toUpperCase().replace(/[-_ ]/g, '');
}

/** Reads a state name in any accepted spelling; undefined when it is not one. */
export function parseStateName(text: string): TcpState | undefined {
  return ALIASES[fold(text)];
}

/** Every spelling `parseStateName` accepts, folded; used for did-you-mean. */
export function stateSpellings(): readonly string[] {
  return Object.keys(ALIASES);
}

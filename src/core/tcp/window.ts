/**
 * The Window field (RFC 9293 §3.1): 16 bits, so without window scaling (RFC 7323)
 * a window is at most 65535 octets.
 */
export const MAX_WINDOW = 0xffff;

/** The largest shift RFC 7323 §2.3 allows: a larger `wscale=` is taken as 14. */
export const MAX_WINDOW_SHIFT = 14;

/**
 * The largest window a host can advertise: the Window field shifted by the host's own
 * scale once both SYNs carried the option (RFC 7323 §2.2), never on a SYN itself.
 */
export function maxWindow(ownShift: number | undefined, peerShift: number | undefined, syn: boolean): number {
  return syn || ownShift === undefined || peerShift === undefined ? MAX_WINDOW : MAX_WINDOW * 2 ** Math.min(ownShift, MAX_WINDOW_SHIFT);
}

/** The window a host advertises until the script says otherwise with `win=`. */
export const DEFAULT_WINDOW = MAX_WINDOW;

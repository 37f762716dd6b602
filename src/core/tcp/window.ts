/**
 * The Window field (RFC 9293 §3.1): 16 bits, and tcpflow models no window scaling
 * (RFC 7323), so a window is at most 65535 octets.
 */
export const MAX_WINDOW = 0xffff;

/** The window a host advertises until the script says otherwise with `win=`. */
export const DEFAULT_WINDOW = MAX_WINDOW;

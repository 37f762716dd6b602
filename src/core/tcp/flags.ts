/** The control bits of RFC 9293 §3.1 that a script may set. */
export const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'] as const;

export type TcpFlag = (typeof TCP_FLAGS)[number];

export function parseFlagName(text: string): TcpFlag | undefined {
  const upper = text.toUpperCase();
  return (TCP_FLAGS as readonly string[]).includes(upper) ? (upper as TcpFlag) : undefined;
}

/** A set of control bits, kept in the canonical order of TCP_FLAGS. */
export type FlagSet = ReadonlySet<TcpFlag>;

/** Canonical spelling, as the RFC's figures write it: `SYN,ACK`. */
export function formatFlags(flags: Iterable<TcpFlag>, separator = ','): string {
  const set = new Set(flags);
  return TCP_FLAGS.filter((f) => set.has(f)).join(separator);
}

/** The control bits of RFC 9293 §3.1 that a script may set. */
export const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'] as const;

export type TcpFlag = (typeof TCP_FLAGS)[number];

export function parseFlagName(text: string): TcpFlag | undefined {
  const upper = text.toUpperCase();
  return (TCP_FLAGS as readonly string[]).includes(upper) ? (upper as TcpFlag) : undefined;
}

/** A set of control bits, kept in the canonical order of TCP_FLAGS. */
export type FlagSet = ReadonlySet<TcpFlag>;

/**
 * The order RFC 9293's figures write control bits in: the bit that opens, closes or resets first,
 * ACK after it (`SYN,ACK`, `FIN,ACK`, `RST,ACK`), as tcpdump and Wireshark write them too.
 */
export const FLAG_DISPLAY_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'URG', 'ACK', 'ECE', 'CWR'];

/** Sorts control bits into {@link FLAG_DISPLAY_ORDER}. */
export function compareFlags(a: TcpFlag, b: TcpFlag): number {
  return FLAG_DISPLAY_ORDER.indexOf(a) - FLAG_DISPLAY_ORDER.indexOf(b);
}

/** Canonical spelling, as the RFC's figures write it: `SYN,ACK`, `FIN,ACK`. */
export function formatFlags(flags: Iterable<TcpFlag>, separator = ','): string {
  return formatFlagBits(flagBits(flags), separator);
}

/** `formatFlags` of the flags with these bits (a bit per flag, in TCP_FLAGS order). */
export function formatFlagBits(bits: number, separator = ','): string {
  // The engine spells every arriving segment's flags: the comma spelling of each set is made once.
  return separator === ',' ? (commaSpellings[bits] ??= spell(bits, ',')) : spell(bits, separator);
}

/** Each flag's bit, in TCP_FLAGS order. */
export const FLAG_BIT: Readonly<Record<TcpFlag, number>> = { SYN: 1, ACK: 2, FIN: 4, RST: 8, PSH: 16, URG: 32, ECE: 64, CWR: 128 };

/**
 * `FLAG_BIT[flag]`, as a switch: the engine asks for a flag's bit by its name at every
 * segment, and a switch on a name written at the call site comes to the bit itself
 * once compiled, where a property read by a varying name is a lookup each time.
 */
export function flagBit(flag: TcpFlag): number {
  switch (flag) {
    case 'SYN':
      return 1;
    case 'ACK':
      return 2;
    case 'FIN':
      return 4;
    case 'RST':
      return 8;
    case 'PSH':
      return 16;
    case 'URG':
      return 32;
    case 'ECE':
      return 64;
    case 'CWR':
      return 128;
  }
}

/** A bit per flag, in TCP_FLAGS order. Segments carry their flags as arrays, read by index: no iterator per segment. */
function flagBits(flags: Iterable<TcpFlag>): number {
  let bits = 0;
  if (Array.isArray(flags)) {
    const list = flags as readonly TcpFlag[];
    for (let i = 0; i < list.length; i++) {
      bits |= flagBit(list[i]!);
    }
    return bits;
  }
  for (const flag of flags) {
    bits |= flagBit(flag);
  }
  return bits;
}

function hasFlag(bits: number, flag: TcpFlag): boolean {
  return (bits & flagBit(flag)) !== 0;
}

function spell(bits: number, separator: string): string {
  return FLAG_DISPLAY_ORDER.filter((f) => hasFlag(bits, f)).join(separator);
}

const commaSpellings: (string | undefined)[] = [];

/** The sorted list of each set of control bits (a bit per flag in TCP_FLAGS order), made once: a story repeats a few sets. */
const sortedLists: (readonly TcpFlag[] | undefined)[] = [];

/**
 * The flags in {@link FLAG_DISPLAY_ORDER}, as one frozen array shared by
 * every segment with the same flags, so that a long story keeps a handful of
 * flag lists alive rather than one per segment.
 */
export function sortedFlags(flags: Iterable<TcpFlag>): readonly TcpFlag[] {
  return sortedFlagBits(flagBits(flags));
}

/** `sortedFlags` of the flags with these bits (a bit per flag, in TCP_FLAGS order). */
export function sortedFlagBits(bits: number): readonly TcpFlag[] {
  return (sortedLists[bits] ??= Object.freeze(FLAG_DISPLAY_ORDER.filter((f) => hasFlag(bits, f))));
}

import type { TcpFlag } from '../tcp/flags';

/** The TCP header (RFC 9293 §3.1) and the options a story shows or applies (RFC 9293 §3.2, RFC 7323, RFC 2018). */
export interface TcpHeader {
  readonly sourcePort: number;
  readonly destinationPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  /** The Window field as carried, before any scaling. */
  readonly window: number;
  /** Octets of payload: the IP length minus the TCP header. */
  readonly payloadLength: number;
  readonly options: TcpOptions;
}

export interface TcpOptions {
  readonly mss?: number;
  readonly windowScale?: number;
  readonly sackPermitted?: boolean;
  readonly timestamp?: { readonly value: number; readonly echo: number };
  readonly sackBlocks?: number;
}

/** Control bits in the order of the header's flags octet, lowest bit first. */
const BITS: readonly TcpFlag[] = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR'];
/** A flag octet's list of flags, made once per value: a capture repeats a few. */
const flagLists: (readonly TcpFlag[] | undefined)[] = [];

export type TcpResult = { readonly kind: 'tcp'; readonly header: TcpHeader } | { readonly kind: 'cut' | 'malformed' };

/** Reads the TCP header at `offset`; `length` is the segment's length from the IP header. */
export function readTcp(data: Uint8Array, offset: number, length: number): TcpResult {
  if (data.length < offset + 20) {
    return { kind: 'cut' };
  }
  const u16 = (n: number): number => (data[offset + n]! << 8) | data[offset + n + 1]!;
  const u32 = (n: number): number => ((data[offset + n]! << 24) | (data[offset + n + 1]! << 16) | (data[offset + n + 2]! << 8) | data[offset + n + 3]!) >>> 0;
  const headerLength = (data[offset + 12]! >> 4) * 4;
  if (headerLength < 20 || headerLength > length) {
    return { kind: 'malformed' };
  }
  if (data.length < offset + headerLength) {
    return { kind: 'cut' };
  }
  const bits = data[offset + 13]!;
  const flags = (flagLists[bits] ??= Object.freeze(BITS.filter((_, i) => (bits & (1 << i)) !== 0)));
  return {
    kind: 'tcp',
    header: {
      sourcePort: u16(0),
      destinationPort: u16(2),
      seq: u32(4),
      ack: u32(8),
      flags,
      window: u16(14),
      payloadLength: length - headerLength,
      options: headerLength > 20 ? readOptions(data, offset + 20, offset + headerLength) : NO_OPTIONS,
    },
  };
}

const NO_OPTIONS: TcpOptions = Object.freeze({});

/** Options are kind, length, value; a malformed one ends the list, keeping what came before it. */
function readOptions(data: Uint8Array, start: number, end: number): TcpOptions {
  const options: { -readonly [K in keyof TcpOptions]: TcpOptions[K] } = {};
  let at = start;
  while (at < end) {
    const kind = data[at]!;
    if (kind === 0) {
      break;
    }
    if (kind === 1) {
      at++;
      continue;
    }
    const length = at + 1 < end ? data[at + 1]! : 0;
    if (length < 2 || at + length > end) {
      break;
    }
    const u16 = (n: number): number => (data[at + n]! << 8) | data[at + n + 1]!;
    const u32 = (n: number): number => ((u16(n) << 16) | u16(n + 2)) >>> 0;
    if (kind === 2 && length === 4) {
      options.mss = u16(2);
    } else if (kind === 3 && length === 3) {
      options.windowScale = data[at + 2]!;
    } else if (kind === 4 && length === 2) {
      options.sackPermitted = true;
    } else if (kind === 5 && (length - 2) % 8 === 0) {
      options.sackBlocks = (length - 2) / 8;
    } else if (kind === 8 && length === 10) {
      options.timestamp = { value: u32(2), echo: u32(6) };
    }
    at += length;
  }
  return options;
}

/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers: the addresses, and where the
 * transport header starts. Fragments are not reassembled: a TCP story needs
 * whole segments, and TCP avoids fragmentation anyway (RFC 9293 §3.7.1).
 */

export type IpResult =
  | {
      readonly kind: 'tcp';
      readonly version: 4 | 6;
      readonly source: string;
      readonly destination: string;
      /** Offset of the TCP header in the frame. */
      readonly offset: number;
      /** Octets of TCP header and payload, from the IP header's length (not from what was captured). */
      readonly length: number;
    }
  | { readonly kind: 'not-tcp' | 'fragment' | 'cut' | 'malformed' };

const PROTOCOL_TCP = 6;
/** IPv6 extension headers whose length is (octet 1 + 1) × 8. */
const EXTENSIONS = [0, 43, 60, 135, 139, 140];
const FRAGMENT = 44;
const AUTHENTICATION = 51;

/**
 * Reads the IP header at `offset`. `wireLength` is what the frame held on the
 * wire from `offset` on, for a length field of 0 (a TSO segment, as Linux captures them).
 */
export function readIp(data: Uint8Array, offset: number, wireLength: number): IpResult {
  if (data.length < offset + 1) {
    return { kind: 'cut' };
  }
  const version = data[offset]! >> 4;
  return version === 4 ? readIpv4(data, offset, wireLength) : version === 6 ? readIpv6(data, offset, wireLength) : { kind: 'malformed' };
}

function readIpv4(data: Uint8Array, offset: number, wireLength: number): IpResult {
  if (data.length < offset + 20) {
    return { kind: 'cut' };
  }
  const headerLength = (data[offset]! & 0x0f) * 4;
  const total = (data[offset + 2]! << 8) | data[offset + 3]!;
  const totalLength = total === 0 ? wireLength : total;
  if (headerLength < 20 || totalLength < headerLength) {
    return { kind: 'malformed' };
  }
  const flagsAndOffset = (data[offset + 6]! << 8) | data[offset + 7]!;
  const moreFragments = (flagsAndOffset & 0x2000) !== 0;
  if (moreFragments || (flagsAndOffset & 0x1fff) !== 0) {
    return { kind: 'fragment' };
  }
  if (data[offset + 9] !== PROTOCOL_TCP) {
    return { kind: 'not-tcp' };
  }
  if (data.length < offset + headerLength) {
    return { kind: 'cut' };
  }
  const source = `${data[offset + 12]}.${data[offset + 13]}.${data[offset + 14]}.${data[offset + 15]}`;
  const destination = `${data[offset + 16]}.${data[offset + 17]}.${data[offset + 18]}.${data[offset + 19]}`;
  return { kind: 'tcp', version: 4, source, destination, offset: offset + headerLength, length: totalLength - headerLength };
}

function readIpv6(data: Uint8Array, offset: number, wireLength: number): IpResult {
  if (data.length < offset + 40) {
    return { kind: 'cut' };
  }
  const payload = (data[offset + 4]! << 8) | data[offset + 5]!;
  // A payload length of 0 with a hop-by-hop header is a jumbogram (RFC 2675): take the frame's length.
  let remaining = payload === 0 ? wireLength - 40 : payload;
  let next = data[offset + 6]!;
  let at = offset + 40;
  for (;;) {
    if (next === PROTOCOL_TCP) {
      break;
    }
    if (!EXTENSIONS.includes(next) && next !== FRAGMENT && next !== AUTHENTICATION) {
      return { kind: 'not-tcp' };
    }
    if (data.length < at + 8) {
      return { kind: 'cut' };
    }
    let length: number;
    if (next === FRAGMENT) {
      const fragment = (data[at + 2]! << 8) | data[at + 3]!;
      // An atomic fragment (offset 0, no more fragments; RFC 6946) is a whole datagram.
      if ((fragment & 0xfff9) !== 0) {
        return { kind: 'fragment' };
      }
      length = 8;
    } else if (next === AUTHENTICATION) {
      length = (data[at + 1]! + 2) * 4;
    } else {
      length = (data[at + 1]! + 1) * 8;
    }
    next = data[at]!;
    at += length;
    remaining -= length;
    if (remaining < 0) {
      return { kind: 'malformed' };
    }
  }
  return { kind: 'tcp', version: 6, source: ipv6Text(data, offset + 8), destination: ipv6Text(data, offset + 24), offset: at, length: remaining };
}

/** RFC 5952's text form: lower case, no leading zeros, the longest run of zero groups (of two or more) as `::`. */
export function ipv6Text(data: Uint8Array, offset: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) {
    groups.push((data[offset + 2 * i]! << 8) | data[offset + 2 * i + 1]!);
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) {
      j++;
    }
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (list: number[]): string => list.map((g) => g.toString(16)).join(':');
  if (bestStart < 0) {
    return hex(groups);
  }
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}

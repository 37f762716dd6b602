/**
 * Writes synthetic captures byte by byte, for every container, byte order,
 * link type and malformed case the reader must handle. Each builder follows the
 * format's own specification, independently of the reader under test.
 */

export type Flag = 'FIN' | 'SYN' | 'RST' | 'PSH' | 'ACK' | 'URG' | 'ECE' | 'CWR';
const FLAG_BITS: Record<Flag, number> = { FIN: 1, SYN: 2, RST: 4, PSH: 8, ACK: 16, URG: 32, ECE: 64, CWR: 128 };

export interface SegmentSpec {
  readonly sport: number;
  readonly dport: number;
  readonly seq: number;
  readonly ack?: number;
  readonly flags: readonly Flag[];
  readonly win?: number;
  readonly payload?: number;
  readonly mss?: number;
  readonly wscale?: number;
  readonly sackPermitted?: boolean;
  readonly timestamp?: readonly [number, number];
}

class Bytes {
  readonly out: number[] = [];
  u8(v: number): this {
    this.out.push(v & 0xff);
    return this;
  }
  u16(v: number, le = false): this {
    return le ? this.u8(v).u8(v >>> 8) : this.u8(v >>> 8).u8(v);
  }
  u32(v: number, le = false): this {
    return le ? this.u16(v & 0xffff, true).u16(v >>> 16, true) : this.u16(v >>> 16).u16(v & 0xffff);
  }
  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) {
      this.out.push(bytes[i]!);
    }
    return this;
  }
  pad4(): this {
    while (this.out.length % 4 !== 0) {
      this.out.push(0);
    }
    return this;
  }
  get bytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export function tcp(spec: SegmentSpec): Uint8Array {
  const options = new Bytes();
  if (spec.mss !== undefined) {
    options.u8(2).u8(4).u16(spec.mss);
  }
  if (spec.sackPermitted) {
    options.u8(4).u8(2);
  }
  if (spec.timestamp) {
    options.u8(8).u8(10).u32(spec.timestamp[0]).u32(spec.timestamp[1]);
  }
  if (spec.wscale !== undefined) {
    options.u8(1).u8(3).u8(3).u8(spec.wscale);
  }
  while (options.out.length % 4 !== 0) {
    options.u8(0);
  }
  const headerLength = 20 + options.out.length;
  const b = new Bytes()
    .u16(spec.sport)
    .u16(spec.dport)
    .u32(spec.seq >>> 0)
    .u32((spec.ack ?? 0) >>> 0)
    .u8((headerLength / 4) << 4)
    .u8(spec.flags.reduce((bits, f) => bits | FLAG_BITS[f], 0))
    .u16(spec.win ?? 65535)
    .u16(0)
    .u16(0)
    .raw(options.out);
  return new Bytes().raw(b.out).raw(new Uint8Array(spec.payload ?? 0).fill(0x61)).bytes;
}

export interface Ipv4Options {
  /** Octets of IP options (a multiple of 4). */
  readonly options?: number;
  readonly protocol?: number;
  readonly moreFragments?: boolean;
  readonly fragmentOffset?: number;
}

export function ipv4(source: string, destination: string, payload: Uint8Array, o: Ipv4Options = {}): Uint8Array {
  const optionBytes = o.options ?? 0;
  const headerLength = 20 + optionBytes;
  const b = new Bytes()
    .u8(0x40 | (headerLength / 4))
    .u8(0)
    .u16(headerLength + payload.length)
    .u16(1)
    .u16((o.moreFragments ? 0x2000 : 0x4000 * (o.fragmentOffset ? 0 : 1)) | (o.fragmentOffset ?? 0))
    .u8(64)
    .u8(o.protocol ?? 6)
    .u16(0)
    .raw(source.split('.').map(Number))
    .raw(destination.split('.').map(Number));
  // Options: a Record Route's worth of NOPs then End of Option List, enough to move the TCP header.
  for (let i = 0; i < optionBytes; i++) {
    b.u8(i === optionBytes - 1 ? 0 : 1);
  }
  return b.raw(payload).bytes;
}

export interface Ipv6Options {
  /** Extension headers before the payload, by next-header number: 0 hop-by-hop, 60 destination options, 43 routing, 44 fragment. */
  readonly extensions?: readonly number[];
  readonly fragmentOffset?: number;
  readonly moreFragments?: boolean;
  readonly nextHeader?: number;
}

export function ipv6(source: string, destination: string, payload: Uint8Array, o: Ipv6Options = {}): Uint8Array {
  const extensions = o.extensions ?? [];
  const chain = [...extensions, o.nextHeader ?? 6];
  const ext = new Bytes();
  extensions.forEach((kind, i) => {
    const next = chain[i + 1]!;
    if (kind === 44) {
      ext.u8(next).u8(0).u16(((o.fragmentOffset ?? 0) << 3) | (o.moreFragments ? 1 : 0)).u32(7);
    } else {
      // 16 octets: length field 1 means (1 + 1) × 8; a PadN option fills them.
      ext.u8(next).u8(1).u8(1).u8(12).raw(new Uint8Array(12));
    }
  });
  return new Bytes()
    .u32(0x60000000)
    .u16(ext.out.length + payload.length)
    .u8(chain[0]!)
    .u8(64)
    .raw(ipv6Bytes(source))
    .raw(ipv6Bytes(destination))
    .raw(ext.out)
    .raw(payload).bytes;
}

function ipv6Bytes(text: string): number[] {
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':').filter((g) => g !== '') : [];
  const right = tail ? tail.split(':').filter((g) => g !== '') : [];
  const groups = [...left, ...new Array(8 - left.length - right.length).fill('0'), ...right].map((g) => parseInt(g, 16));
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

const ETHERTYPE: Record<4 | 6, number> = { 4: 0x0800, 6: 0x86dd };

export function ethernet(ip: Uint8Array, version: 4 | 6, vlanTags: readonly number[] = []): Uint8Array {
  const b = new Bytes().raw([2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 2]);
  for (const tpid of vlanTags) {
    b.u16(tpid).u16(100);
  }
  return b.u16(ETHERTYPE[version]).raw(ip).bytes;
}

export function linuxCooked(ip: Uint8Array, version: 4 | 6): Uint8Array {
  return new Bytes().u16(0).u16(772).u16(6).raw([0, 0, 0, 0, 0, 0, 0, 0]).u16(ETHERTYPE[version]).raw(ip).bytes;
}

export function linuxCooked2(ip: Uint8Array, version: 4 | 6): Uint8Array {
  return new Bytes().u16(ETHERTYPE[version]).u16(0).u32(1).u16(772).u8(0).u8(6).raw([0, 0, 0, 0, 0, 0, 0, 0]).raw(ip).bytes;
}

/** BSD loopback: the address family in the capturing machine's byte order (`le`), or always big-endian for LOOP. */
export function bsdNull(ip: Uint8Array, family: number, le: boolean): Uint8Array {
  return new Bytes().u32(family, le).raw(ip).bytes;
}

export interface PcapFrame {
  readonly data: Uint8Array;
  /** Seconds and the fraction in the file's unit (µs or ns). */
  readonly seconds?: number;
  readonly fraction?: number;
  /** Keep only this many octets, as a snap length would. */
  readonly snap?: number;
}

/** Joins byte arrays: one large array of numbers would fall out of V8's fast elements for a big capture. */
function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function pcap(frames: readonly PcapFrame[], o: { le?: boolean; nano?: boolean; linkType?: number } = {}): Uint8Array {
  const le = o.le ?? true;
  const header = new Bytes()
    .u32(o.nano ? 0xa1b23c4d : 0xa1b2c3d4, le)
    .u16(2, le)
    .u16(4, le)
    .u32(0, le)
    .u32(0, le)
    .u32(262144, le)
    .u32(o.linkType ?? 1, le);
  const parts = [header.bytes];
  frames.forEach((f, i) => {
    const kept = f.snap === undefined ? f.data : f.data.subarray(0, f.snap);
    parts.push(new Bytes().u32(f.seconds ?? 1000, le).u32(f.fraction ?? i, le).u32(kept.length, le).u32(f.data.length, le).bytes, kept);
  });
  return concat(parts);
}

export type PcapngBlock =
  | { readonly kind: 'section' }
  | { readonly kind: 'interface'; readonly linkType: number; readonly tsresol?: number; readonly snapLength?: number }
  | { readonly kind: 'enhanced'; readonly interfaceId: number; readonly units: bigint; readonly data: Uint8Array }
  | { readonly kind: 'simple'; readonly data: Uint8Array }
  | { readonly kind: 'unknown'; readonly type: number; readonly length: number };

/** A pcapng file of the given blocks; every section (the first included) is in byte order `le`. */
export function pcapng(blocks: readonly PcapngBlock[], le = true): Uint8Array {
  const file = new Bytes();
  const block = (type: number, body: Bytes): void => {
    body.pad4();
    const total = body.out.length + 12;
    file.u32(type, le).u32(total, le).raw(body.out).u32(total, le);
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'section':
        block(0x0a0d0d0a, new Bytes().u32(0x1a2b3c4d, le).u16(1, le).u16(0, le).u32(0xffffffff, le).u32(0xffffffff, le));
        break;
      case 'interface': {
        const body = new Bytes().u16(b.linkType, le).u16(0, le).u32(b.snapLength ?? 262144, le);
        if (b.tsresol !== undefined) {
          body.u16(9, le).u16(1, le).u8(b.tsresol).pad4();
        }
        body.u16(0, le).u16(0, le);
        block(1, body);
        break;
      }
      case 'enhanced': {
        const high = Number(b.units >> 32n);
        const low = Number(b.units & 0xffffffffn);
        block(6, new Bytes().u32(b.interfaceId, le).u32(high, le).u32(low, le).u32(b.data.length, le).u32(b.data.length, le).raw(b.data));
        break;
      }
      case 'simple':
        block(3, new Bytes().u32(b.data.length, le).raw(b.data));
        break;
      case 'unknown':
        block(b.type, new Bytes().raw(new Uint8Array(b.length)));
        break;
    }
  }
  return file.bytes;
}

/** A client-server exchange on 10.0.0.1:51836 → 10.0.0.2:80 (or the IPv6 pair): handshake, data both ways, FIN from each side. */
export function conversation(v6 = false): { version: 4 | 6; segments: SegmentSpec[]; ips: [string, string] } {
  const c = 1000;
  const s = 5000;
  const C = { sport: 51836, dport: 80 };
  const S = { sport: 80, dport: 51836 };
  return {
    version: v6 ? 6 : 4,
    ips: v6 ? ['2001:db8::1', '2001:db8::2'] : ['10.0.0.1', '10.0.0.2'],
    segments: [
      { ...C, seq: c, flags: ['SYN'], win: 64240, mss: 1460, sackPermitted: true, timestamp: [1, 0], wscale: 7 },
      { ...S, seq: s, ack: c + 1, flags: ['SYN', 'ACK'], win: 65160, mss: 1460, sackPermitted: true, timestamp: [9, 1], wscale: 7 },
      { ...C, seq: c + 1, ack: s + 1, flags: ['ACK'], win: 502 },
      { ...C, seq: c + 1, ack: s + 1, flags: ['PSH', 'ACK'], win: 502, payload: 100 },
      { ...S, seq: s + 1, ack: c + 101, flags: ['PSH', 'ACK'], win: 509, payload: 3000 },
      { ...C, seq: c + 101, ack: s + 3001, flags: ['FIN', 'ACK'], win: 480 },
      { ...S, seq: s + 3001, ack: c + 102, flags: ['FIN', 'ACK'], win: 509 },
      { ...C, seq: c + 102, ack: s + 3002, flags: ['ACK'], win: 480 },
    ],
  };
}

/** The conversation's packets as IP datagrams, in order. */
export function datagrams(conv = conversation()): Uint8Array[] {
  const [a, b] = conv.ips;
  return conv.segments.map((seg) => {
    const fromClient = seg.sport === 51836;
    const [src, dst] = fromClient ? [a, b] : [b, a];
    return conv.version === 6 ? ipv6(src, dst, tcp(seg)) : ipv4(src, dst, tcp(seg));
  });
}

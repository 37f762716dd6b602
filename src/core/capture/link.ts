/**
 * Link layers (https://www.tcpdump.org/linktypes.html): where the IP datagram
 * starts in a frame, for the link types a TCP capture is taken on.
 */

export const LINKTYPE_NULL = 0;
export const LINKTYPE_ETHERNET = 1;
export const LINKTYPE_RAW = 101;
export const LINKTYPE_LOOP = 108;
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_LINUX_SLL2 = 276;
export const LINKTYPE_IPV4 = 228;
export const LINKTYPE_IPV6 = 229;
/** DLT_RAW as some systems number it in files (12 on most BSDs, 14 on OpenBSD). */
const RAW_ALIASES = [12, 14];

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
/** 802.1Q, 802.1ad (QinQ) and the older QinQ tag type: each adds 4 octets before the real EtherType. */
const VLAN_TAGS = [0x8100, 0x88a8, 0x9100];
/** BSD address families for IPv6 in a NULL/LOOP header: Linux, NetBSD/OpenBSD, FreeBSD, Darwin. */
const AF_INET = 2;
const AF_INET6 = [10, 24, 28, 30];

export type LinkResult =
  | { readonly kind: 'ip'; readonly offset: number }
  | { readonly kind: 'not-ip' }
  | { readonly kind: 'cut' }
  | { readonly kind: 'unsupported' };

/** Where the IP header starts in `data`, or why there is none. */
export function ipOffset(linkType: number, data: Uint8Array): LinkResult {
  const at = (n: number): number => data[n]!;
  const u16 = (n: number): number => (at(n) << 8) | at(n + 1);
  switch (linkType) {
    case LINKTYPE_ETHERNET: {
      let offset = 12;
      if (data.length < offset + 2) {
        return { kind: 'cut' };
      }
      let type = u16(offset);
      while (VLAN_TAGS.includes(type)) {
        offset += 4;
        if (data.length < offset + 2) {
          return { kind: 'cut' };
        }
        type = u16(offset);
      }
      return byEtherType(type, offset + 2);
    }
    case LINKTYPE_LINUX_SLL:
      return data.length < 16 ? { kind: 'cut' } : byEtherType(u16(14), 16);
    case LINKTYPE_LINUX_SLL2:
      return data.length < 20 ? { kind: 'cut' } : byEtherType(u16(0), 20);
    case LINKTYPE_NULL:
    case LINKTYPE_LOOP: {
      if (data.length < 4) {
        return { kind: 'cut' };
      }
      // NULL's family is in the byte order of the machine that captured; LOOP's is always big-endian.
      const little = at(0) | (at(1) << 8) | (at(2) << 16) | (at(3) << 24);
      const big = (at(0) << 24) | (at(1) << 16) | (at(2) << 8) | at(3);
      const family = linkType === LINKTYPE_LOOP || (little >>> 0) > 0xffff ? big >>> 0 : little >>> 0;
      return family === AF_INET || AF_INET6.includes(family) ? { kind: 'ip', offset: 4 } : { kind: 'not-ip' };
    }
    case LINKTYPE_RAW:
    case LINKTYPE_IPV4:
    case LINKTYPE_IPV6:
      return { kind: 'ip', offset: 0 };
    default:
      return RAW_ALIASES.includes(linkType) ? { kind: 'ip', offset: 0 } : { kind: 'unsupported' };
  }
}

function byEtherType(type: number, offset: number): LinkResult {
  return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? { kind: 'ip', offset } : { kind: 'not-ip' };
}

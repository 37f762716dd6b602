import { CaptureError, type CaptureTime, type FrameList, type FrameVisitor } from './frames';

/**
 * The pcapng format (draft-ietf-opsawg-pcapng): a sequence of blocks, each
 * `type, total length, body, total length`. A Section Header Block starts a
 * section with its own byte order; Interface Description Blocks declare the
 * section's interfaces (link type, snap length, time resolution); Enhanced,
 * Simple and the obsolete Packet Blocks carry frames. Other blocks are skipped.
 */

const SECTION_HEADER = 0x0a0d0d0a;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const INTERFACE_DESCRIPTION = 0x00000001;
const OBSOLETE_PACKET = 0x00000002;
const SIMPLE_PACKET = 0x00000003;
const ENHANCED_PACKET = 0x00000006;
const OPTION_END = 0;
const IF_TSRESOL = 9;

interface Interface {
  readonly linkType: number;
  readonly snapLength: number;
  /** Timestamp units per second: 10^n or 2^n (if_tsresol, default 10^6). */
  readonly unitsPerSecond: bigint;
}

export function isPcapng(view: DataView): boolean {
  return view.byteLength >= 4 && view.getUint32(0, true) === SECTION_HEADER;
}

/** Reads the file, handing each frame to `visit` in file order. */
export function readPcapng(bytes: Uint8Array, visit: FrameVisitor): FrameList {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 28) {
    throw new CaptureError('capture.truncatedHeader', { format: 'pcapng' });
  }
  let frameCount = 0;
  let interfaces: Interface[] = [];
  let le = true;
  let finestUnits = 1_000_000n;
  let truncated = false;
  let offset = 0;
  while (offset < bytes.byteLength) {
    if (offset + 12 > bytes.byteLength) {
      truncated = true;
      break;
    }
    const type = view.getUint32(offset, le);
    if (type === SECTION_HEADER) {
      // The section's byte order is the one in which its magic reads right.
      const magic = view.getUint32(offset + 8, true);
      if (magic === BYTE_ORDER_MAGIC) {
        le = true;
      } else if (view.getUint32(offset + 8, false) === BYTE_ORDER_MAGIC) {
        le = false;
      } else if (offset === 0) {
        throw new CaptureError('capture.notCapture');
      } else {
        truncated = true;
        break;
      }
      if (offset === 0 && view.getUint16(offset + 12, le) !== 1) {
        throw new CaptureError('capture.badVersion', { format: 'pcapng', version: `${view.getUint16(offset + 12, le)}.${view.getUint16(offset + 14, le)}` });
      }
      interfaces = [];
    }
    const length = view.getUint32(offset + 4, le);
    if (length < 12 || length % 4 !== 0 || offset + length > bytes.byteLength) {
      if (offset === 0) {
        throw new CaptureError('capture.truncatedHeader', { format: 'pcapng' });
      }
      truncated = true;
      break;
    }
    const body = offset + 8;
    const bodyEnd = offset + length - 4;
    switch (type) {
      case INTERFACE_DESCRIPTION: {
        if (bodyEnd - body < 8) {
          break;
        }
        const unitsPerSecond = timeResolution(view, body + 8, bodyEnd, le);
        if (unitsPerSecond > finestUnits) {
          finestUnits = unitsPerSecond;
        }
        interfaces.push({ linkType: view.getUint16(body, le), snapLength: view.getUint32(body + 4, le), unitsPerSecond });
        break;
      }
      case ENHANCED_PACKET:
      case OBSOLETE_PACKET: {
        if (bodyEnd - body < 20) {
          break;
        }
        const enhanced = type === ENHANCED_PACKET;
        const id = enhanced ? view.getUint32(body, le) : view.getUint16(body, le);
        const iface = interfaces[id];
        const captured = view.getUint32(body + 12, le);
        const dataStart = body + 20;
        if (!iface || dataStart + captured > bodyEnd) {
          break;
        }
        frameCount++;
        visit({
          linkType: iface.linkType,
          time: timeOf(view.getUint32(body + 4, le), view.getUint32(body + 8, le), iface.unitsPerSecond),
          data: bytes.subarray(dataStart, dataStart + captured),
          originalLength: Math.max(view.getUint32(body + 16, le), captured),
        });
        break;
      }
      case SIMPLE_PACKET: {
        const iface = interfaces[0];
        if (!iface || bodyEnd - body < 4) {
          break;
        }
        const originalLength = view.getUint32(body, le);
        const room = bodyEnd - body - 4;
        const captured = Math.min(originalLength, room, iface.snapLength === 0 ? room : iface.snapLength);
        frameCount++;
        visit({ linkType: iface.linkType, time: undefined, data: bytes.subarray(body + 4, body + 4 + captured), originalLength });
        break;
      }
      default:
        break;
    }
    offset += length;
  }
  return { format: 'pcapng', frameCount, timeDigits: digitsFor(finestUnits), truncated };
}

/** The if_tsresol option among an IDB's options, as units per second. */
function timeResolution(view: DataView, start: number, end: number, le: boolean): bigint {
  let at = start;
  while (at + 4 <= end) {
    const code = view.getUint16(at, le);
    const length = view.getUint16(at + 2, le);
    if (code === OPTION_END || at + 4 + length > end) {
      break;
    }
    if (code === IF_TSRESOL && length >= 1) {
      const value = view.getUint8(at + 4);
      const exponent = BigInt(value & 0x7f);
      return value & 0x80 ? 2n ** exponent : 10n ** exponent;
    }
    at += 4 + ((length + 3) & ~3);
  }
  return 1_000_000n;
}

function timeOf(high: number, low: number, unitsPerSecond: bigint): CaptureTime {
  const units = (BigInt(high) << 32n) | BigInt(low);
  const seconds = units / unitsPerSecond;
  const nanos = ((units % unitsPerSecond) * 1_000_000_000n) / unitsPerSecond;
  return { seconds: Number(seconds), nanos: Number(nanos) };
}

function digitsFor(unitsPerSecond: bigint): number {
  let digits = 0;
  for (let scale = 1n; scale < unitsPerSecond && digits < 9; scale *= 10n) {
    digits++;
  }
  return digits;
}

import { CaptureError, type FrameList, type FrameVisitor } from './frames';

/**
 * The classic libpcap format (https://www.tcpdump.org/manpages/pcap-savefile.5.html):
 * a 24-octet file header whose magic number tells both the byte order and
 * whether record times are in microseconds or nanoseconds, then records of a
 * 16-octet header and the captured bytes.
 */

const MICRO_MAGIC = 0xa1b2c3d4;
const NANO_MAGIC = 0xa1b23c4d;
const FILE_HEADER = 24;
const RECORD_HEADER = 16;
/** A record longer than this is a corrupt length field, not a frame (libpcap's own limit is 256 MiB). */
const MAX_RECORD = 0x10000000;

/** Whether the first four octets are a classic pcap magic number, in either byte order. */
export function isPcap(view: DataView): boolean {
  if (view.byteLength < 4) {
    return false;
  }
  const le = view.getUint32(0, true);
  const be = view.getUint32(0, false);
  return le === MICRO_MAGIC || le === NANO_MAGIC || be === MICRO_MAGIC || be === NANO_MAGIC;
}

/** Reads the file, handing each frame to `visit` rather than keeping them: a large capture is read once, in passing. */
export function readPcap(bytes: Uint8Array, visit: FrameVisitor): FrameList {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < FILE_HEADER) {
    throw new CaptureError('capture.truncatedHeader', { format: 'pcap' });
  }
  const le = view.getUint32(0, true) === MICRO_MAGIC || view.getUint32(0, true) === NANO_MAGIC;
  const nano = view.getUint32(0, le) === NANO_MAGIC;
  const major = view.getUint16(4, le);
  if (major !== 2) {
    throw new CaptureError('capture.badVersion', { format: 'pcap', version: `${major}.${view.getUint16(6, le)}` });
  }
  // The upper bits of the link-type field may carry FCS information (LINKTYPE_ spec); the type is the low 16.
  const linkType = view.getUint32(20, le) & 0xffff;
  let frameCount = 0;
  let offset = FILE_HEADER;
  let truncated = false;
  while (offset < bytes.byteLength) {
    if (offset + RECORD_HEADER > bytes.byteLength) {
      truncated = true;
      break;
    }
    const seconds = view.getUint32(offset, le);
    const fraction = view.getUint32(offset + 4, le);
    const captured = view.getUint32(offset + 8, le);
    const originalLength = view.getUint32(offset + 12, le);
    const start = offset + RECORD_HEADER;
    if (captured > MAX_RECORD || start + captured > bytes.byteLength) {
      truncated = true;
      break;
    }
    frameCount++;
    visit({
      linkType,
      time: { seconds, nanos: nano ? fraction : fraction * 1000 },
      data: bytes.subarray(start, start + captured),
      originalLength: Math.max(originalLength, captured),
    });
    offset = start + captured;
  }
  return { format: 'pcap', frameCount, timeDigits: nano ? 9 : 6, truncated };
}

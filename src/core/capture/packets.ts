import { CaptureError, type CaptureTime, type FrameList } from './frames';
import { readIp } from './ip';
import { ipOffset } from './link';
import { isPcap, readPcap } from './pcap';
import { isPcapng, readPcapng } from './pcapng';
import { readTcp, type TcpHeader } from './tcpHeader';

/** One TCP segment of the capture, in file order. */
export interface TcpPacket {
  /** 0-based position among the capture's frames. */
  readonly frame: number;
  readonly time: CaptureTime | undefined;
  readonly version: 4 | 6;
  readonly source: string;
  readonly destination: string;
  readonly tcp: TcpHeader;
}

/** Frames that are not in any story, by reason. */
export interface SkippedFrames {
  notIp: number;
  notTcp: number;
  fragment: number;
  /** The snap length cut the frame inside its IP or TCP header. */
  cut: number;
  malformed: number;
  /** Link types tcpflow cannot read, with how many frames each. */
  unsupportedLink: Map<number, number>;
}

export interface DecodedCapture {
  readonly format: FrameList['format'];
  readonly frameCount: number;
  readonly packets: readonly TcpPacket[];
  readonly skipped: SkippedFrames;
  /** Segments whose payload the snap length cut (their length comes from the IP header, so they stay in the story). */
  readonly payloadCut: number;
  readonly timeDigits: number;
  readonly truncated: boolean;
}

/** Reads a capture file's bytes. Throws CaptureError when the bytes are no pcap or pcapng capture. */
export function decodeCapture(bytes: Uint8Array): DecodedCapture {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength === 0) {
    throw new CaptureError('capture.empty');
  }
  const reader = isPcap(view) ? readPcap : isPcapng(view) ? readPcapng : undefined;
  if (!reader) {
    throw new CaptureError('capture.notCapture');
  }
  const skipped: SkippedFrames = { notIp: 0, notTcp: 0, fragment: 0, cut: 0, malformed: 0, unsupportedLink: new Map() };
  const packets: TcpPacket[] = [];
  let payloadCut = 0;
  let index = -1;
  const list = reader(bytes, (frame) => {
    index++;
    const link = ipOffset(frame.linkType, frame.data);
    if (link.kind !== 'ip') {
      if (link.kind === 'unsupported') {
        skipped.unsupportedLink.set(frame.linkType, (skipped.unsupportedLink.get(frame.linkType) ?? 0) + 1);
      } else if (link.kind === 'cut') {
        skipped.cut++;
      } else {
        skipped.notIp++;
      }
      return;
    }
    const ip = readIp(frame.data, link.offset, frame.originalLength - link.offset);
    if (ip.kind !== 'tcp') {
      countSkip(skipped, ip.kind);
      return;
    }
    const tcp = readTcp(frame.data, ip.offset, ip.length);
    if (tcp.kind !== 'tcp') {
      countSkip(skipped, tcp.kind);
      return;
    }
    if (frame.data.length < ip.offset + ip.length) {
      payloadCut++;
    }
    packets.push({ frame: index, time: frame.time, version: ip.version, source: ip.source, destination: ip.destination, tcp: tcp.header });
  });
  return { format: list.format, frameCount: list.frameCount, packets, skipped, payloadCut, timeDigits: list.timeDigits, truncated: list.truncated };
}

function countSkip(skipped: SkippedFrames, kind: 'not-tcp' | 'fragment' | 'cut' | 'malformed'): void {
  switch (kind) {
    case 'not-tcp':
      skipped.notTcp++;
      break;
    case 'fragment':
      skipped.fragment++;
      break;
    case 'cut':
      skipped.cut++;
      break;
    case 'malformed':
      skipped.malformed++;
      break;
  }
}

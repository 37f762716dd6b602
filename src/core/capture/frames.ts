/**
 * What a capture file holds once its container (pcap or pcapng) is read: the
 * frames in file order, each with its link type, its capture time and the bytes
 * the capture kept of it, and what could not be read.
 */

/** A capture time: whole seconds and nanoseconds, so that nanosecond captures keep their precision. */
export interface CaptureTime {
  readonly seconds: number;
  readonly nanos: number;
}

export interface Frame {
  /** The LINKTYPE_ value of the interface the frame was captured on. */
  readonly linkType: number;
  /** undefined for a pcapng Simple Packet Block, which carries no time. */
  readonly time: CaptureTime | undefined;
  /** The bytes the capture kept (at most the snap length). */
  readonly data: Uint8Array;
  /** The frame's length on the wire. */
  readonly originalLength: number;
}

export type ContainerFormat = 'pcap' | 'pcapng';

/** Receives each frame in file order; the frame's bytes are a view into the file, valid while the file is. */
export type FrameVisitor = (frame: Frame) => void;

export interface FrameList {
  readonly format: ContainerFormat;
  /** How many frames the file held. */
  readonly frameCount: number;
  /** How many digits after the decimal point the capture's clock resolves (6 for µs, 9 for ns). */
  readonly timeDigits: number;
  /** The file ended in the middle of a record or block: the frames before it are kept. */
  readonly truncated: boolean;
}

/** A file that is no capture at all, or whose own header cannot be read: one message, no frames. */
export class CaptureError extends Error {
  constructor(
    readonly id: 'capture.notCapture' | 'capture.empty' | 'capture.truncatedHeader' | 'capture.badVersion' | 'capture.noTcp',
    readonly args: Readonly<Record<string, string | number>> = {},
  ) {
    super(id);
  }
}

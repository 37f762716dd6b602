import type { Lang } from '../messages/lang';
import { formatFlags, type TcpFlag } from '../tcp/flags';
import { endpointText, groupConnections, type Connection } from './connections';
import { CaptureError } from './frames';
import { captureMessage } from './messages';
import { decodeCapture, type DecodedCapture } from './packets';
import { storyOf } from './story';

/**
 * pcap/pcapng bytes → the TCP connections they hold → a `.tcpflow` story for
 * each. Pure: the same bytes give the same stories, in Node and in a browser.
 */

export interface ImportedConnection {
  readonly connection: Connection;
  /** `127.0.0.1:51836 → 127.0.0.1:8080` */
  readonly endpoints: string;
  /** A file name from the endpoints: `127.0.0.1_51836-127.0.0.1_8080.tcpflow`. */
  readonly fileName: string;
  /** The first and last packets' flags, as the RFC's figures spell them. */
  readonly firstFlags: string;
  readonly lastFlags: string;
  /** The story, written on first use: a capture may hold many connections and a reader want one. */
  story(lang: Lang): string;
}

export interface ImportedCapture {
  readonly capture: DecodedCapture;
  readonly connections: readonly ImportedConnection[];
}

export { CaptureError } from './frames';
export { captureNotes, skippedList } from './story';

/** Throws CaptureError for bytes that are no capture, or a capture without TCP. */
export function importCapture(bytes: Uint8Array): ImportedCapture {
  const capture = decodeCapture(bytes);
  const connections = groupConnections(capture.packets);
  if (connections.length === 0) {
    throw new CaptureError('capture.noTcp', { frames: capture.frameCount });
  }
  const count = connections.length;
  const names = new Map<string, number>();
  return {
    capture,
    connections: connections.map((connection) => {
      const base = `${fileNamePart(endpointText(connection.first))}-${fileNamePart(endpointText(connection.second))}`;
      // A 4-tuple reused for a later connection gets the connection's number, so no file overwrites another.
      const seen = names.get(base) ?? 0;
      names.set(base, seen + 1);
      const first = connection.packets[0]!.tcp.flags;
      const last = connection.packets[connection.packets.length - 1]!.tcp.flags;
      return {
        connection,
        endpoints: `${endpointText(connection.first)} → ${endpointText(connection.second)}`,
        fileName: seen === 0 ? `${base}.tcpflow` : `${base}-${connection.number}.tcpflow`,
        firstFlags: flagText(first),
        lastFlags: flagText(last),
        story: (lang: Lang) => storyOf(connection, capture, { lang, connectionCount: count }),
      };
    }),
  };
}

/** A CaptureError's message in the reader's language. */
export function captureErrorText(error: CaptureError, lang: Lang): string {
  return captureMessage(error.id, lang, error.args);
}

/** `[::1]:47121` → `__1_47121`: characters every file system accepts. */
function fileNamePart(endpoint: string): string {
  return endpoint.replace(/[[\]]/g, '').replace(/[:.]/g, (c) => (c === '.' ? '.' : '_'));
}

function flagText(flags: readonly TcpFlag[]): string {
  return flags.length === 0 ? '-' : formatFlags(flags);
}

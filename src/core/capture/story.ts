import type { Lang } from '../messages/lang';
import { formatFlags } from '../tcp/flags';
import { endpointText, isSource, type Connection } from './connections';
import type { CaptureTime } from './frames';
import { captureMessage, type CaptureMessageId } from './messages';
import type { DecodedCapture, TcpPacket } from './packets';

/**
 * Writes one connection of a capture as a `.tcpflow` story: a segment line per
 * packet in capture order with the packet's own flags and numbers, so that the
 * replay judges what the real stacks did.
 */

export interface StoryOptions {
  readonly lang: Lang;
  /** How many connections the capture holds, for the header. */
  readonly connectionCount: number;
}

/** The largest shift RFC 7323 §2.3 allows; a larger one is taken as 14. */
const MAX_SHIFT = 14;

export function storyOf(connection: Connection, capture: DecodedCapture, options: StoryOptions): string {
  const { lang } = options;
  const say = (id: CaptureMessageId, args = {}): string => `# ${captureMessage(id, lang, args)}`;
  const packets = connection.packets;
  const firstPacket = packets[0]!;
  const openedBySyn = firstPacket.tcp.flags.includes('SYN') && !firstPacket.tcp.flags.includes('ACK');
  const named = connection.opened;
  const [nameOfFirst, nameOfSecond] = named ? ['client', 'server'] : ['A', 'B'];
  const fromFirst = (packet: TcpPacket): boolean => isSource(connection.first, packet);

  // RFC 7323 §2.2: scaling is in effect only when both SYNs carry the option; each end shifts its own windows.
  const synOf = (first: boolean): TcpPacket | undefined => packets.find((p) => p.tcp.flags.includes('SYN') && fromFirst(p) === first);
  let shiftOfFirst = openedBySyn ? synOf(true)?.tcp.options.windowScale : undefined;
  let shiftOfSecond = synOf(false)?.tcp.options.windowScale;
  let inferred = false;
  if (!openedBySyn) {
    // Without the SYNs the shifts are unknown: take the smallest that holds what each peer sent. A
    // SYN,ACK with the option still tells its sender's shift, and that the client offered one too.
    const first = inferShift(packets, fromFirst, true);
    const second = shiftOfSecond ?? inferShift(packets, fromFirst, false);
    inferred = shiftOfSecond !== undefined || first > 0 || second > 0;
    [shiftOfFirst, shiftOfSecond] = inferred ? [first, second] : [undefined, undefined];
  }
  const scaled = shiftOfFirst !== undefined && shiftOfSecond !== undefined;

  // The title comes first: an editor names an unsaved story by its first line.
  const title = `${endpointText(connection.first)} → ${endpointText(connection.second)}`;
  const lines: string[] = [`title ${quote(title)}`];
  lines.push(say('story.header', { format: capture.format, number: connection.number, count: options.connectionCount, packets: packets.length }));
  const timed = packets.some((p) => p.time !== undefined);
  if (timed) {
    lines.push(say('story.times'));
  }
  if (!openedBySyn) {
    lines.push(say(named ? 'story.synAckFirst' : 'story.noSyn'));
    lines.push(
      inferred
        ? say('story.scaleInferred', { first: nameOfFirst, firstShift: shiftOfFirst!, second: nameOfSecond, secondShift: shiftOfSecond! })
        : say('story.scaleUnknown'),
    );
  } else {
    lines.push(say(scaled ? 'story.scaled' : 'story.unscaled'));
  }
  lines.push(say('story.vantage'));
  lines.push(...captureNotes(capture, lang));
  lines.push(`host ${nameOfFirst} ${quote(endpointText(connection.first))}`);
  lines.push(`host ${nameOfSecond} ${quote(endpointText(connection.second))}`);
  lines.push('');

  const origin = packets.find((p) => p.time !== undefined)?.time;
  const digits = capture.timeDigits;
  let replayed = packets;
  if (openedBySyn) {
    const serverFirst = packets.find((p) => !fromFirst(p));
    // A server that answers the SYN with a RST had no listener: it was CLOSED (RFC 9293 §3.10.7.1).
    if (!serverFirst || !serverFirst.tcp.flags.includes('RST')) {
      lines.push(`${nameOfSecond}: listen`);
    }
  } else {
    if (named) {
      // The SYN,ACK the capture begins with: the story cannot start in SYN-SENT, so it starts just after.
      lines.push(`# ${segmentLine(firstPacket, nameOfSecond, nameOfFirst, false, undefined)}${comment(firstPacket, origin, digits)}`);
      replayed = packets.slice(1);
    }
    lines.push(startLine(replayed, fromFirst, [nameOfFirst, shiftOfFirst], [nameOfSecond, shiftOfSecond]));
  }
  for (const packet of replayed) {
    const first = fromFirst(packet);
    const shift = scaled ? Math.min(MAX_SHIFT, (first ? shiftOfFirst : shiftOfSecond)!) : 0;
    const from = first ? nameOfFirst : nameOfSecond;
    const to = first ? nameOfSecond : nameOfFirst;
    lines.push(segmentLine(packet, from, to, openedBySyn, shift) + comment(packet, origin, digits));
  }
  return lines.join('\n') + '\n';
}

/**
 * `start ESTABLISHED A seq=X B seq=Y`: each end's SND.NXT, from its first segment or else from
 * the peer's first ACK, and each end's window scale when the story scales windows.
 */
function startLine(packets: readonly TcpPacket[], fromFirst: (p: TcpPacket) => boolean, first: [string, number | undefined], second: [string, number | undefined]): string {
  const nextSeq = (ofFirst: boolean): number | undefined => {
    const own = packets.find((p) => fromFirst(p) === ofFirst);
    const peerAck = packets.find((p) => fromFirst(p) !== ofFirst && p.tcp.flags.includes('ACK'));
    return own ? own.tcp.seq : peerAck?.tcp.ack;
  };
  const clause = ([name, shift]: [string, number | undefined], seq: number | undefined): string =>
    seq === undefined && shift === undefined ? '' : ` ${name}${seq === undefined ? '' : ` seq=${seq}`}${shift === undefined ? '' : ` wscale=${shift}`}`;
  return `start ESTABLISHED${clause(first, nextSeq(true))}${clause(second, nextSeq(false))}`;
}

/**
 * The smallest window shift for one end (`ofFirst`) under which its peer never sent past the
 * window the end had advertised (RFC 9293 §3.8.6): a well-behaved sender stays inside it.
 * A zero window is left out: the peer may probe it (§3.8.6.1).
 */
function inferShift(packets: readonly TcpPacket[], fromFirst: (p: TcpPacket) => boolean, ofFirst: boolean): number {
  let advertised: { ack: number; window: number } | undefined;
  let shift = 0;
  for (const packet of packets) {
    const { tcp } = packet;
    if (fromFirst(packet) === ofFirst) {
      if (tcp.flags.includes('ACK') && !tcp.flags.includes('SYN')) {
        advertised = { ack: tcp.ack, window: tcp.window };
      }
      continue;
    }
    if (!advertised || advertised.window === 0 || tcp.payloadLength === 0) {
      continue;
    }
    const reach = (tcp.seq + tcp.payloadLength - advertised.ack) >>> 0;
    // A reach past 2^31 is behind the ACK (a retransmission), not ahead of it.
    while (reach < 0x80000000 && shift < MAX_SHIFT && advertised.window * 2 ** shift < reach) {
      shift++;
    }
  }
  return shift;
}

function segmentLine(packet: TcpPacket, from: string, to: string, withWscale: boolean, shift: number | undefined): string {
  const { tcp } = packet;
  const syn = tcp.flags.includes('SYN');
  let line = `${from} -> ${to}: ${formatFlags(tcp.flags)} seq=${tcp.seq}`;
  if (tcp.flags.includes('ACK')) {
    line += ` ack=${tcp.ack}`;
  }
  // RFC 7323 §2.2: the window of a SYN is never scaled.
  const win = syn || shift === undefined ? tcp.window : tcp.window * 2 ** shift;
  line += ` len=${tcp.payloadLength} win=${win}`;
  if (syn && withWscale && tcp.options.windowScale !== undefined) {
    line += ` wscale=${tcp.options.windowScale}`;
  }
  return line;
}

/** The trailing comment: the capture time, and on a SYN the options it carried. */
function comment(packet: TcpPacket, origin: CaptureTime | undefined, digits: number): string {
  const parts: string[] = [];
  if (packet.time && origin) {
    parts.push(`t=${relativeTime(packet.time, origin, digits)}`);
  }
  const { options, flags } = packet.tcp;
  if (flags.includes('SYN')) {
    if (options.mss !== undefined) {
      parts.push(`mss=${options.mss}`);
    }
    if (options.sackPermitted) {
      parts.push('sack-permitted');
    }
    if (options.timestamp) {
      parts.push(`ts=${options.timestamp.value}/${options.timestamp.echo}`);
    }
  }
  return parts.length === 0 ? '' : `  # ${parts.join(' ')}`;
}

function relativeTime(time: CaptureTime, origin: CaptureTime, digits: number): string {
  const nanos = (time.seconds - origin.seconds) * 1e9 + (time.nanos - origin.nanos);
  const sign = nanos < 0 ? '-' : '';
  const magnitude = Math.abs(nanos);
  const whole = Math.floor(magnitude / 1e9);
  const fraction = String(magnitude % 1e9).padStart(9, '0').slice(0, digits);
  return `${sign}${whole}${digits > 0 ? '.' + fraction : ''}`;
}

/** What the capture held that no story shows, as header comments. */
export function captureNotes(capture: DecodedCapture, lang: Lang): string[] {
  const notes: string[] = [];
  const list = skippedList(capture, lang);
  if (list !== '') {
    notes.push(`# ${captureMessage('story.skipped', lang, { list })}`);
  }
  if (capture.payloadCut > 0) {
    notes.push(`# ${captureMessage('story.payloadCut', lang, { count: capture.payloadCut })}`);
  }
  if (capture.truncated) {
    notes.push(`# ${captureMessage('story.truncated', lang)}`);
  }
  return notes;
}

/** `3 not TCP, 1 IP fragments`, or '' when every frame was read. */
export function skippedList(capture: DecodedCapture, lang: Lang): string {
  const { skipped } = capture;
  const items: string[] = [];
  const add = (id: CaptureMessageId, count: number, args = {}): void => {
    if (count > 0) {
      items.push(captureMessage(id, lang, { count, ...args }));
    }
  };
  add('skip.notIp', skipped.notIp);
  add('skip.notTcp', skipped.notTcp);
  add('skip.fragment', skipped.fragment);
  add('skip.cut', skipped.cut);
  add('skip.malformed', skipped.malformed);
  for (const [linkType, count] of skipped.unsupportedLink) {
    add('skip.link', count, { linkType });
  }
  return items.join(', ');
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

import type { TcpPacket } from './packets';

/** One end of a connection: an address and a port, as a story labels it. */
export interface Endpoint {
  readonly address: string;
  readonly port: number;
  readonly version: 4 | 6;
}

/**
 * The packets of one TCP connection, in capture order. `first` is the client
 * (the SYN sender) when the capture saw the connection open, else the sender
 * of its first packet.
 */
export interface Connection {
  /** 1-based, in order of each connection's first packet. */
  readonly number: number;
  readonly first: Endpoint;
  readonly second: Endpoint;
  /** Whether the capture saw the opening SYN or SYN,ACK, so that the ends are client and server. */
  readonly opened: boolean;
  readonly packets: readonly TcpPacket[];
}

/** `10.0.0.1:51836`, `[::1]:47121`. */
export function endpointText(endpoint: Endpoint): string {
  return endpoint.version === 6 ? `[${endpoint.address}]:${endpoint.port}` : `${endpoint.address}:${endpoint.port}`;
}

export function isSource(endpoint: Endpoint, packet: TcpPacket): boolean {
  return packet.source === endpoint.address && packet.tcp.sourcePort === endpoint.port;
}

interface Building {
  readonly number: number;
  readonly first: Endpoint;
  readonly second: Endpoint;
  readonly opened: boolean;
  readonly packets: TcpPacket[];
  /** Which ends have sent a FIN; a RST ends the connection at once. */
  finFromFirst: boolean;
  finFromSecond: boolean;
  reset: boolean;
}

/**
 * Groups packets by their 4-tuple. A SYN on a 4-tuple whose connection has
 * ended (a RST, or a FIN from each end) begins a new connection, as a port
 * reused after TIME-WAIT does (RFC 9293 §3.6.1).
 */
export function groupConnections(packets: readonly TcpPacket[]): Connection[] {
  const current = new Map<string, Building>();
  const all: Building[] = [];
  for (const packet of packets) {
    const { tcp } = packet;
    const from = `${packet.source} ${tcp.sourcePort}`;
    const to = `${packet.destination} ${tcp.destinationPort}`;
    const key = from < to ? `${from}|${to}` : `${to}|${from}`;
    let connection = current.get(key);
    const syn = tcp.flags.includes('SYN');
    const ended = connection !== undefined && (connection.reset || (connection.finFromFirst && connection.finFromSecond));
    if (!connection || (syn && !tcp.flags.includes('ACK') && ended)) {
      connection = begin(all.length + 1, packet);
      current.set(key, connection);
      all.push(connection);
    }
    connection.packets.push(packet);
    const fromFirst = isSource(connection.first, packet);
    if (tcp.flags.includes('FIN')) {
      if (fromFirst) {
        connection.finFromFirst = true;
      } else {
        connection.finFromSecond = true;
      }
    }
    if (tcp.flags.includes('RST')) {
      connection.reset = true;
    }
  }
  return all.map(({ number, first, second, opened, packets: list }) => ({ number, first, second, opened, packets: list }));
}

function begin(number: number, packet: TcpPacket): Building {
  const source: Endpoint = { address: packet.source, port: packet.tcp.sourcePort, version: packet.version };
  const destination: Endpoint = { address: packet.destination, port: packet.tcp.destinationPort, version: packet.version };
  const syn = packet.tcp.flags.includes('SYN');
  const synAck = syn && packet.tcp.flags.includes('ACK');
  return {
    number,
    // A SYN,ACK seen first (the SYN was before the capture began) still tells who the client is.
    first: synAck ? destination : source,
    second: synAck ? source : destination,
    opened: syn,
    packets: [],
    finFromFirst: false,
    finFromSecond: false,
    reset: false,
  };
}

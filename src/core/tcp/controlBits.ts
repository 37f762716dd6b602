import { FLAG_BIT, formatFlagBits, sortedFlagBits, TCP_FLAGS, type TcpFlag } from './flags';

/**
 * The control bits of one segment line as one number, a bit per flag, as the TCP
 * header keeps them (RFC 9293 §3.1). The engine asks a segment which bits it has a
 * dozen times; a Set per line, and a copy of it when ACK is implied, cost more
 * than the rest of the line's replay.
 */
export class ControlBits {
  constructor(private bits = 0) {}

  /** How many flags are set. */
  get size(): number {
    let count = 0;
    for (let rest = this.bits; rest !== 0; rest &= rest - 1) {
      count++;
    }
    return count;
  }

  has(flag: TcpFlag): boolean {
    return (this.bits & FLAG_BIT[flag]) !== 0;
  }

  add(flag: TcpFlag): void {
    this.bits |= FLAG_BIT[flag];
  }

  /** An independent copy, to add to. */
  copy(): ControlBits {
    return new ControlBits(this.bits);
  }

  /** Canonical spelling, as formatFlags writes it. */
  format(separator = ','): string {
    return formatFlagBits(this.bits, separator);
  }

  /** The flags in display order, as sortedFlags gives them (one shared array per set). */
  sorted(): readonly TcpFlag[] {
    return sortedFlagBits(this.bits);
  }

  /** The flags in TCP_FLAGS order. */
  *[Symbol.iterator](): IterableIterator<TcpFlag> {
    for (const flag of TCP_FLAGS) {
      if (this.has(flag)) {
        yield flag;
      }
    }
  }
}

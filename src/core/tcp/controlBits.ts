import { flagBit, formatFlagBits, sortedFlagBits, TCP_FLAGS, type TcpFlag } from './flags';

/**
 * The control bits of one segment as one number, a bit per flag, as the TCP header
 * keeps them (RFC 9293 §3.1). The engine asks a segment which bits it has a dozen
 * times; a Set per line, and a copy of it when ACK is implied, cost more than the
 * rest of the line's replay.
 *
 * A set never changes, so there is one of each (`withBits`), shared by every segment
 * that carries it, and asking for one allocates nothing.
 */
export class ControlBits {
  private constructor(private readonly bits: number) {}

  /** The set with these bits (a bit per flag, in TCP_FLAGS order). */
  static withBits(bits: number): ControlBits {
    return (everySet[bits] ??= new ControlBits(bits));
  }

  static of(flags: Iterable<TcpFlag>): ControlBits {
    let bits = 0;
    for (const flag of flags) {
      bits |= flagBit(flag);
    }
    return ControlBits.withBits(bits);
  }

  /** How many flags are set. */
  get size(): number {
    let count = 0;
    for (let rest = this.bits; rest !== 0; rest &= rest - 1) {
      count++;
    }
    return count;
  }

  has(flag: TcpFlag): boolean {
    return (this.bits & flagBit(flag)) !== 0;
  }

  /** This set and `flag`. */
  with(flag: TcpFlag): ControlBits {
    return ControlBits.withBits(this.bits | flagBit(flag));
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

/** Each set made so far, by its bits. */
const everySet: (ControlBits | undefined)[] = [];

import type { Range } from '../text';
import { Queue } from './queue';
import type { Tcb } from './tcb';
import type { SentSegment } from './wireRecord';

/** A segment in the network (RFC 9293 figures' "..."), waiting for `deliver`. */
export interface InFlight {
  readonly name: string | undefined;
  readonly from: Tcb;
  readonly to: Tcb;
  readonly wire: SentSegment;
  readonly label: string | undefined;
  readonly dup: boolean;
  readonly line: number;
  readonly arrowRange: Range;
}

interface Link {
  readonly flight: InFlight;
  previous: Link | undefined;
  next: Link | undefined;
}

/**
 * The segments in flight, in the order they were sent. `deliver` takes the oldest, `deliver
 * NAME` the oldest of that name; both, and every send, cost the same however many are in flight.
 */
export class Network {
  private oldest: Link | undefined;
  private newest: Link | undefined;
  private count = 0;
  private readonly byName = new Map<string, Queue<Link>>();

  get size(): number {
    return this.count;
  }

  /** How many distinct names are in flight. */
  get nameCount(): number {
    return this.byName.size;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  send(flight: InFlight): void {
    const link: Link = { flight, previous: this.newest, next: undefined };
    if (this.newest) {
      this.newest.next = link;
    } else {
      this.oldest = link;
    }
    this.newest = link;
    this.count++;
    if (flight.name !== undefined) {
      let queue = this.byName.get(flight.name);
      if (!queue) {
        queue = new Queue();
        this.byName.set(flight.name, queue);
      }
      queue.push(link);
    }
  }

  /** Takes the oldest segment in flight, or the oldest named `name`. */
  take(name?: string): InFlight | undefined {
    const link = name === undefined ? this.oldest : this.byName.get(name)?.peek();
    if (!link) {
      return undefined;
    }
    this.unlink(link);
    return link.flight;
  }

  /** The first `limit` names in flight, in the order they were first sent. */
  names(limit: number): string[] {
    const names: string[] = [];
    for (const name of this.byName.keys()) {
      if (names.length >= limit) {
        break;
      }
      names.push(name);
    }
    return names;
  }

  /** Every segment still in flight, oldest first. */
  *[Symbol.iterator](): IterableIterator<InFlight> {
    for (let link = this.oldest; link; link = link.next) {
      yield link.flight;
    }
  }

  private unlink(link: Link): void {
    if (link.previous) {
      link.previous.next = link.next;
    } else {
      this.oldest = link.next;
    }
    if (link.next) {
      link.next.previous = link.previous;
    } else {
      this.newest = link.previous;
    }
    link.previous = link.next = undefined;
    this.count--;
    const name = link.flight.name;
    if (name !== undefined) {
      // The oldest of a name is always its queue's front: the oldest overall is the oldest of its name too.
      const queue = this.byName.get(name)!;
      queue.shift();
      if (queue.size === 0) {
        this.byName.delete(name);
      }
    }
  }
}

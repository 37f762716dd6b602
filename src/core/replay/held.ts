import { Queue } from './queue';

/** An out-of-order segment a receiver keeps until RCV.NXT reaches it (RFC 9293 SHLD-31). */
export interface HeldSegment {
  readonly seq: number;
  readonly len: number;
  readonly fin: boolean;
}

/**
 * A receiver's held segments, by the sequence number each begins at: the one that begins at
 * RCV.NXT is found at once however many are held (in the order they came, when several begin
 * at the same number), so releasing a long run held in reverse costs one step per segment.
 */
export class HeldSegments {
  private readonly bySeq = new Map<number, Queue<HeldSegment>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  hold(segment: HeldSegment): void {
    let queue = this.bySeq.get(segment.seq);
    if (!queue) {
      queue = new Queue();
      this.bySeq.set(segment.seq, queue);
    }
    queue.push(segment);
    this.count++;
  }

  /** Takes the first held segment that begins at `seq`, if any. */
  takeAt(seq: number): HeldSegment | undefined {
    const queue = this.bySeq.get(seq);
    if (!queue) {
      return undefined;
    }
    const segment = queue.shift();
    if (queue.size === 0) {
      this.bySeq.delete(seq);
    }
    this.count--;
    return segment;
  }
}

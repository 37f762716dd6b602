import type { FieldName, GivenNumber, SegmentEvent } from '../syntax/ast';
import { rangeBetween, type Range } from '../text';
import { ControlBits } from '../tcp/controlBits';
import type { TcpFlag } from '../tcp/flags';

/** A field's value as written, where it is known: the number node itself. */
export type GivenField = GivenNumber;

export type GivenFields = Readonly<Record<FieldName, GivenField | undefined>>;

/** One slot per field name, so that every segment's record has the same shape. */
class GivenFieldSlots implements GivenFields {
  readonly seq: GivenField | undefined;
  readonly ack: GivenField | undefined;
  readonly len: GivenField | undefined;
  readonly win: GivenField | undefined;
  readonly wscale: GivenField | undefined;

  constructor(node: SegmentEvent) {
    this.seq = node.givenField('seq');
    this.ack = node.givenField('ack');
    this.len = node.givenField('len');
    this.win = node.givenField('win');
    this.wscale = node.givenField('wscale');
  }
}

/** The fields a segment line gives, with where each value is written; the first number of a repeated field counts. */
export function givenFields(node: SegmentEvent): GivenFields {
  return new GivenFieldSlots(node);
}

/**
 * The flags written on the line that name real TCP flags, without repeats, and the flags
 * that misspelt words were meant to be (already reported, with their did-you-mean).
 */
export function writtenFlags(node: SegmentEvent): ControlBits {
  return new ControlBits(node.writtenFlagBits);
}

/** Range of the written flag `flag`, else of all the flags, else of the line. */
export function flagRange(node: SegmentEvent, flag?: TcpFlag): Range {
  const token = flag ? node.flags.find((t) => t.flag === flag) : undefined;
  if (token) {
    return token.range;
  }
  const first = node.flags[0];
  const last = node.flags[node.flags.length - 1];
  return first && last ? rangeBetween(first.range.start, last.range.end) : node.range;
}

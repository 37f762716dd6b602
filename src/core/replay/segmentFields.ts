import type { FieldName, GivenFields, SegmentEvent } from '../syntax/ast';
import { rangeBetween, type Range } from '../text';
import { ControlBits } from '../tcp/controlBits';
import type { TcpFlag } from '../tcp/flags';

export type { GivenFields };

/** The fields a segment line gives, and where each value is written; the first number of a repeated field counts. */
export function givenFields(node: SegmentEvent): GivenFields {
  return node.givenFields();
}

/**
 * The fields of the segment line being sent, read from the line once: sending it reads each
 * of them several times, and a read from the script's table costs more than one from here.
 * One is filled in place for each line, so it is read only while its line is sent.
 */
export class GivenValues implements GivenFields {
  seq: number | undefined = undefined;
  ack: number | undefined = undefined;
  len: number | undefined = undefined;
  win: number | undefined = undefined;
  wscale: number | undefined = undefined;
  private given: GivenFields | undefined;

  /** The fields of `node`, until the next line's are read. */
  of(node: SegmentEvent): GivenFields {
    const given = node.givenFields();
    this.seq = given.seq;
    this.ack = given.ack;
    this.len = given.len;
    this.win = given.win;
    this.wscale = given.wscale;
    this.given = given;
    return this;
  }

  rangeOf(name: FieldName): Range {
    return this.given!.rangeOf(name);
  }
}

/**
 * The flags written on the line that name real TCP flags, without repeats, and the flags
 * that misspelt words were meant to be (already reported, with their did-you-mean).
 */
export function writtenFlags(node: SegmentEvent): ControlBits {
  return ControlBits.withBits(node.writtenFlagBits);
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

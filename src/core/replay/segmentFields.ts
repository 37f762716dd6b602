import type { GivenFields, SegmentEvent } from '../syntax/ast';
import { rangeBetween, type Range } from '../text';
import { ControlBits } from '../tcp/controlBits';
import type { TcpFlag } from '../tcp/flags';

export type { GivenFields };

/** The fields a segment line gives, and where each value is written; the first number of a repeated field counts. */
export function givenFields(node: SegmentEvent): GivenFields {
  return node.givenFields();
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

import type { FieldName, NumberLiteral, SegmentEvent } from '../syntax/ast';
import { rangeBetween, type Range } from '../text';
import { ControlBits } from '../tcp/controlBits';
import type { TcpFlag } from '../tcp/flags';

/** A field's value as written, where it is known: the number node itself. */
export interface GivenField extends NumberLiteral {
  readonly value: number;
}

export type GivenFields = Readonly<Record<FieldName, GivenField | undefined>>;

function isGiven(value: NumberLiteral | undefined): value is GivenField {
  return value?.value !== undefined;
}

/** One slot per field name, so that every segment's record has the same shape. */
class GivenFieldSlots implements GivenFields {
  seq: GivenField | undefined = undefined;
  ack: GivenField | undefined = undefined;
  len: GivenField | undefined = undefined;
  win: GivenField | undefined = undefined;
  wscale: GivenField | undefined = undefined;
}

/** The fields a segment line gives, with where each value is written; the first of a repeated field counts. */
export function givenFields(node: SegmentEvent): GivenFields {
  const fields = new GivenFieldSlots();
  for (const field of node.fields) {
    if (field.name !== undefined && fields[field.name] === undefined) {
      const value = field.value;
      if (isGiven(value)) {
        fields[field.name] = value;
      }
    }
  }
  return fields;
}

/**
 * The flags written on the line that name real TCP flags, without repeats, and the flags
 * that misspelt words were meant to be (already reported, with their did-you-mean).
 */
export function writtenFlags(node: SegmentEvent): ControlBits {
  const flags = new ControlBits();
  for (const token of node.flags) {
    const flag = token.flag ?? token.meant;
    if (flag) {
      flags.add(flag);
    }
  }
  return flags;
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

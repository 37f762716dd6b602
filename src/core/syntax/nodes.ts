import type { TcpFlag } from '../tcp/flags';
import { range, type Range } from '../text';
import { FIELD_NAMES, type Arrow, type ArrowKind, type Field, type FieldName, type FlagToken, type GivenFields, type Identifier, type NumberLiteral, type SegmentEvent, type StringLiteral } from './ast';
import type { SegmentPartTable } from './segmentParts';

/*
 * A segment line and the nodes it has several of (its names, arrow, flags and
 * fields), kept as their line and characters: their ranges are made when read. A long
 * script has a dozen such nodes per line, and a stored range each would be as
 * large again as the nodes themselves. No base class: V8 builds objects of one
 * class fastest when that class's own constructor sets every field.
 */

export class IdentifierNode implements Identifier {
  constructor(
    readonly text: string,
    readonly line: number,
    readonly startCharacter: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

export class ArrowNode implements Arrow {
  constructor(
    readonly kind: ArrowKind,
    readonly line: number,
    readonly startCharacter: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

export class NumberNode implements NumberLiteral {
  constructor(
    readonly value: number | undefined,
    readonly line: number,
    readonly startCharacter: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

export class FlagNode implements FlagToken {
  constructor(
    readonly text: string,
    readonly flag: TcpFlag | undefined,
    readonly meant: TcpFlag | undefined,
    readonly line: number,
    readonly startCharacter: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

/**
 * `name=value`: `range` runs from the name to the last token read for it. The value's
 * number and characters are kept here, and its node is made when read.
 */
export class FieldNode implements Field {
  private readonly number: number | undefined;
  /** Where the value starts, or -1 when the field has none. */
  private readonly valueStart: number;
  private readonly valueEnd: number;

  constructor(
    readonly name: FieldName | undefined,
    value: NumberNode | undefined,
    readonly line: number,
    readonly startCharacter: number,
    /** Where the name ends. */
    readonly nameEndCharacter: number,
    readonly endCharacter: number,
  ) {
    this.number = value?.value;
    this.valueStart = value === undefined ? -1 : value.startCharacter;
    this.valueEnd = value === undefined ? -1 : value.endCharacter;
  }

  get value(): NumberLiteral | undefined {
    return this.valueStart < 0 ? undefined : new NumberNode(this.number, this.line, this.valueStart, this.valueEnd);
  }

  get nameRange(): Range {
    return range(this.line, this.startCharacter, this.line, this.nameEndCharacter);
  }

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

/** What few segment lines have: `dup`, a label, `as NAME`. One object for the three, made only for such a line. */
export interface OptionalSegmentParts {
  readonly dup: Range | undefined;
  readonly label: StringLiteral | undefined;
  readonly alias: Identifier | undefined;
}

/**
 * A segment line: its range runs from its first token to its last (comments excluded).
 * Its sender, arrow and receiver are kept as their words, and where they are, its flags
 * and its fields as rows of the script's SegmentPartTable; their nodes are made when read.
 * A long script has one per line: what every line has is in its row, what few have in
 * `optional`, and its kind on the prototype, so that the node itself stays small.
 * It is its own GivenFields: the replay reads them from its row at every line, and no
 * object is made for them.
 */
export class SegmentNode implements SegmentEvent, GivenFields {
  constructor(
    readonly line: number,
    readonly fromName: string | undefined,
    readonly arrowKind: ArrowKind | undefined,
    readonly toName: string | undefined,
    private readonly parts: SegmentPartTable,
    /** This segment's row in `parts`. */
    private readonly row: number,
    private readonly optional: OptionalSegmentParts | undefined,
  ) {}

  get kind(): 'segment' {
    return 'segment';
  }

  get dup(): Range | undefined {
    return this.optional?.dup;
  }

  get label(): StringLiteral | undefined {
    return this.optional?.label;
  }

  get alias(): Identifier | undefined {
    return this.optional?.alias;
  }

  get from(): Identifier | undefined {
    return this.fromName === undefined ? undefined : new IdentifierNode(this.fromName, this.line, this.parts.fromStart(this.row), this.parts.fromEnd(this.row));
  }

  get arrow(): Arrow | undefined {
    return this.arrowKind === undefined ? undefined : new ArrowNode(this.arrowKind, this.line, this.parts.arrowStart(this.row), this.parts.arrowEnd(this.row));
  }

  get to(): Identifier | undefined {
    return this.toName === undefined ? undefined : new IdentifierNode(this.toName, this.line, this.parts.toStart(this.row), this.parts.toEnd(this.row));
  }

  get flags(): readonly FlagToken[] {
    return this.parts.flagTokens(this.row, this.line);
  }

  get fields(): readonly Field[] {
    return this.parts.fields(this.row, this.line);
  }

  get writtenFlagBits(): number {
    return this.parts.writtenBitsOf(this.row);
  }

  givenFields(): GivenFields {
    return this;
  }

  get seq(): number | undefined {
    return this.parts.givenValue(this.row, SEQ);
  }

  get ack(): number | undefined {
    return this.parts.givenValue(this.row, ACK);
  }

  get len(): number | undefined {
    return this.parts.givenValue(this.row, LEN);
  }

  get win(): number | undefined {
    return this.parts.givenValue(this.row, WIN);
  }

  get wscale(): number | undefined {
    return this.parts.givenValue(this.row, WSCALE);
  }

  rangeOf(name: FieldName): Range {
    return this.parts.givenRange(this.row, FIELD_NAMES.indexOf(name), this.line);
  }

  get range(): Range {
    return range(this.line, this.parts.startCharacter(this.row), this.line, this.parts.endCharacter(this.row));
  }
}

const SEQ = FIELD_NAMES.indexOf('seq');
const ACK = FIELD_NAMES.indexOf('ack');
const LEN = FIELD_NAMES.indexOf('len');
const WIN = FIELD_NAMES.indexOf('win');
const WSCALE = FIELD_NAMES.indexOf('wscale');

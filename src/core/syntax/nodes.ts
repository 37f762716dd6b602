import type { TcpFlag } from '../tcp/flags';
import { range, type Range } from '../text';
import type { Arrow, ArrowKind, Field, FieldName, FlagToken, Identifier, NumberLiteral } from './ast';

/**
 * The nodes a segment line has several of (its names, arrow, flags and fields),
 * kept as their line and characters: their ranges are made when read. A long
 * script has a dozen such nodes per line, and a stored range each would be as
 * large again as the nodes themselves.
 */
abstract class OnOneLine {
  constructor(
    readonly line: number,
    readonly startCharacter: number,
    readonly endCharacter: number,
  ) {}

  get range(): Range {
    return range(this.line, this.startCharacter, this.line, this.endCharacter);
  }
}

export class IdentifierNode extends OnOneLine implements Identifier {
  constructor(
    readonly text: string,
    line: number,
    startCharacter: number,
    endCharacter: number,
  ) {
    super(line, startCharacter, endCharacter);
  }
}

export class ArrowNode extends OnOneLine implements Arrow {
  constructor(
    readonly kind: ArrowKind,
    line: number,
    startCharacter: number,
    endCharacter: number,
  ) {
    super(line, startCharacter, endCharacter);
  }
}

export class NumberNode extends OnOneLine implements NumberLiteral {
  constructor(
    readonly value: number | undefined,
    line: number,
    startCharacter: number,
    endCharacter: number,
  ) {
    super(line, startCharacter, endCharacter);
  }
}

export class FlagNode extends OnOneLine implements FlagToken {
  constructor(
    readonly text: string,
    readonly flag: TcpFlag | undefined,
    readonly meant: TcpFlag | undefined,
    line: number,
    startCharacter: number,
    endCharacter: number,
  ) {
    super(line, startCharacter, endCharacter);
  }
}

/** `name=value`: `range` runs from the name to the last token read for it. */
export class FieldNode extends OnOneLine implements Field {
  constructor(
    readonly name: FieldName | undefined,
    readonly value: NumberLiteral | undefined,
    line: number,
    startCharacter: number,
    /** Where the name ends. */
    readonly nameEndCharacter: number,
    endCharacter: number,
  ) {
    super(line, startCharacter, endCharacter);
  }

  get nameRange(): Range {
    return range(this.line, this.startCharacter, this.line, this.nameEndCharacter);
  }
}

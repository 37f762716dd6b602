import { FLAG_BIT, TCP_FLAGS, type TcpFlag } from '../tcp/flags';
import { FIELD_NAMES, type Field, type FieldName, type FlagToken } from './ast';
import { FieldNode, FlagNode, NumberNode } from './nodes';

/*
 * The flags and fields of every segment line of one script, in rows of one shared
 * table: a long script has a few of each per line, and an object and an array per
 * line for them were most of what its tree kept alive and most of what its parse
 * allocated. A segment keeps where its rows start and how many it has; its
 * `flags` and `fields` are made from the rows when read.
 */

// A flag row: its flag, the flag a misspelt word was meant to be, and its characters.
const FLAG = 0;
const MEANT = 1;
const FLAG_START = 2;
const FLAG_END = 3;
const FLAG_ROW = 4;

// A field row: its name, whether it has a value and whether that is a number in range,
// the value, and its characters (name, value, whole field).
const NAME = 0;
const VALUE_STATE = 1;
const VALUE = 2;
const FIELD_START = 3;
const NAME_END = 4;
const VALUE_START = 5;
const VALUE_END = 6;
const FIELD_END = 7;
const FIELD_ROW = 8;

const NONE = -1;
const NO_VALUE = 0;
const UNREADABLE_VALUE = 1;
const NUMBER_VALUE = 2;

export const NO_FLAG_TOKENS: readonly FlagToken[] = [];
export const NO_FIELDS: readonly Field[] = [];

export class SegmentPartTable {
  private flagRows: Int32Array = new Int32Array(64 * FLAG_ROW);
  private fieldRows: Int32Array = new Int32Array(64 * FIELD_ROW);
  /** The word as written of each flag row not spelt as its flag is (`syn`, `SNY`), by row. */
  private readonly flagTexts = new Map<number, string>();
  /** Rows written so far. */
  flagCount = 0;
  fieldCount = 0;

  /** A flag word: `flag` when it is one, `meant` when it misspells one the replay takes it for. */
  addFlag(text: string, flag: TcpFlag | undefined, meant: TcpFlag | undefined, startCharacter: number, endCharacter: number): void {
    if (text !== flag) {
      this.flagTexts.set(this.flagCount, text);
    }
    const row = this.flagCount++ * FLAG_ROW;
    if (row + FLAG_ROW > this.flagRows.length) {
      this.flagRows = grown(this.flagRows);
    }
    const rows = this.flagRows;
    rows[row + FLAG] = flag === undefined ? NONE : TCP_FLAGS.indexOf(flag);
    rows[row + MEANT] = meant === undefined ? NONE : TCP_FLAGS.indexOf(meant);
    rows[row + FLAG_START] = startCharacter;
    rows[row + FLAG_END] = endCharacter;
  }

  /**
   * `name=value`. `valueStart` is -1 when no value was read; `value` is undefined for a value
   * read but not a number in range (reported by the parser).
   */
  addField(name: FieldName | undefined, value: number | undefined, startCharacter: number, nameEndCharacter: number, valueStart: number, valueEnd: number, endCharacter: number): void {
    const row = this.fieldCount++ * FIELD_ROW;
    if (row + FIELD_ROW > this.fieldRows.length) {
      this.fieldRows = grown(this.fieldRows);
    }
    const rows = this.fieldRows;
    rows[row + NAME] = name === undefined ? NONE : FIELD_NAMES.indexOf(name);
    rows[row + VALUE_STATE] = valueStart < 0 ? NO_VALUE : value === undefined ? UNREADABLE_VALUE : NUMBER_VALUE;
    // Values run to 2^32 - 1: kept as their 32 bits, read back unsigned.
    rows[row + VALUE] = value ?? 0;
    rows[row + FIELD_START] = startCharacter;
    rows[row + NAME_END] = nameEndCharacter;
    rows[row + VALUE_START] = valueStart;
    rows[row + VALUE_END] = valueEnd;
    rows[row + FIELD_END] = endCharacter;
  }

  /** The control bits of flag rows `first`.. (`count` of them), each misspelt word counted as the flag it was meant to be. */
  writtenBits(first: number, count: number): number {
    let bits = 0;
    for (let row = first * FLAG_ROW, end = (first + count) * FLAG_ROW; row < end; row += FLAG_ROW) {
      const code = this.flagRows[row + FLAG] !== NONE ? this.flagRows[row + FLAG]! : this.flagRows[row + MEANT]!;
      if (code !== NONE) {
        bits |= FLAG_BIT[TCP_FLAGS[code]!];
      }
    }
    return bits;
  }

  flagTokens(first: number, count: number, line: number): readonly FlagToken[] {
    if (count === 0) {
      return NO_FLAG_TOKENS;
    }
    const tokens: FlagToken[] = [];
    const rows = this.flagRows;
    for (let index = first; index < first + count; index++) {
      const row = index * FLAG_ROW;
      const flag = flagAt(rows[row + FLAG]!);
      const text = this.flagTexts.get(index) ?? flag!;
      tokens.push(new FlagNode(text, flag, flagAt(rows[row + MEANT]!), line, rows[row + FLAG_START]!, rows[row + FLAG_END]!));
    }
    return tokens;
  }

  fields(first: number, count: number, line: number): readonly Field[] {
    if (count === 0) {
      return NO_FIELDS;
    }
    const fields: Field[] = [];
    for (let row = first * FIELD_ROW, end = (first + count) * FIELD_ROW; row < end; row += FIELD_ROW) {
      fields.push(new FieldNode(nameAt(this.fieldRows[row + NAME]!), this.valueNode(row, line), line, this.fieldRows[row + FIELD_START]!, this.fieldRows[row + NAME_END]!, this.fieldRows[row + FIELD_END]!));
    }
    return fields;
  }

  /**
   * The value of the first field named `name` among field rows `first`.. (`count` of them)
   * when that value is a number in range, with where it is written: the field as the replay
   * takes it. A repeated field is reported by the parser, and its first number counts.
   */
  givenValue(first: number, count: number, name: FieldName, line: number): NumberNode | undefined {
    const code = FIELD_NAMES.indexOf(name);
    for (let row = first * FIELD_ROW, end = (first + count) * FIELD_ROW; row < end; row += FIELD_ROW) {
      if (this.fieldRows[row + NAME] === code && this.fieldRows[row + VALUE_STATE] === NUMBER_VALUE) {
        return this.valueNode(row, line);
      }
    }
    return undefined;
  }

  /** Gives back the room grown for rows that never came, once the script is read. */
  trim(): void {
    this.flagRows = this.flagRows.slice(0, this.flagCount * FLAG_ROW);
    this.fieldRows = this.fieldRows.slice(0, this.fieldCount * FIELD_ROW);
  }

  private valueNode(row: number, line: number): NumberNode | undefined {
    const rows = this.fieldRows;
    const state = rows[row + VALUE_STATE];
    if (state === NO_VALUE) {
      return undefined;
    }
    return new NumberNode(state === NUMBER_VALUE ? rows[row + VALUE]! >>> 0 : undefined, line, rows[row + VALUE_START]!, rows[row + VALUE_END]!);
  }
}

function grown(rows: Int32Array): Int32Array {
  const bigger = new Int32Array(rows.length * 2);
  bigger.set(rows);
  return bigger;
}

function flagAt(code: number): TcpFlag | undefined {
  return code === NONE ? undefined : TCP_FLAGS[code];
}

function nameAt(code: number): FieldName | undefined {
  return code === NONE ? undefined : FIELD_NAMES[code];
}

import { TCP_FLAGS, type TcpFlag } from '../tcp/flags';
import { range, type Range } from '../text';
import { FIELD_NAMES, type Field, type FieldName, type FlagToken } from './ast';
import { FieldNode, FlagNode, NumberNode } from './nodes';
import { Rows } from './rows';

/*
 * The characters of every segment line's sender, arrow and receiver, and its flags and
 * fields, in rows of one table for the whole script: a long script has a few of each per
 * line, and an object and an array per line for them were most of what its tree kept
 * alive and most of what its parse allocated. A segment keeps the number of its row;
 * its flags and fields are the rows from its row's first to the next segment's, and
 * their nodes are made when read.
 */

// A segment row: where the line's statement, sender, arrow and receiver are, its first
// flag and field rows, and what the replay reads of them at every line, worked out once as
// the line is read: the control bits written, and the fields given with their values.
const START = 0;
const END = 1;
const FROM_START = 2;
const FROM_END = 3;
const ARROW_START = 4;
const ARROW_END = 5;
const TO_START = 6;
const TO_END = 7;
const FIRST_FLAG = 8;
const FIRST_FIELD = 9;
const WRITTEN_BITS = 10;
/** One bit per field name (its place in FIELD_NAMES) that the line gives a number in range. */
const GIVEN = 11;
/** The given fields' values, in FIELD_NAMES' order. */
const GIVEN_VALUES = 12;
const SEGMENT_ROW = GIVEN_VALUES + FIELD_NAMES.length;

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

/**
 * The characters of a segment line's statement (its first token to its last), and of its
 * sender, arrow and receiver (0 for a part that is missing).
 */
export interface SegmentPlaces {
  readonly startCharacter: number;
  readonly endCharacter: number;
  readonly fromStart: number;
  readonly fromEnd: number;
  readonly arrowStart: number;
  readonly arrowEnd: number;
  readonly toStart: number;
  readonly toEnd: number;
}

export class SegmentPartTable {
  private readonly segmentRows = new Rows(SEGMENT_ROW);
  private readonly flagRows = new Rows(FLAG_ROW);
  private readonly fieldRows = new Rows(FIELD_ROW);
  /** The word as written of each flag row not spelt as its flag is (`syn`, `SNY`), by row. */
  private readonly flagTexts = new Map<number, string>();
  /** Rows written so far. */
  segmentCount = 0;
  flagCount = 0;
  fieldCount = 0;
  /** What the flag and field rows added since the last segment give, for its row. */
  private pendingBits = 0;
  private pendingGiven = 0;
  private readonly pendingValues = new Int32Array(FIELD_NAMES.length);

  /**
   * Ends a segment line whose flags and fields were the rows added since the last one, and
   * gives the number of its row.
   */
  addSegment(places: SegmentPlaces, firstFlag: number, firstField: number): number {
    const segment = this.segmentCount++;
    const rows = this.segmentRows.chunkFor(segment);
    const row = this.segmentRows.offsetOf(segment);
    rows[row + START] = places.startCharacter;
    rows[row + END] = places.endCharacter;
    rows[row + FROM_START] = places.fromStart;
    rows[row + FROM_END] = places.fromEnd;
    rows[row + ARROW_START] = places.arrowStart;
    rows[row + ARROW_END] = places.arrowEnd;
    rows[row + TO_START] = places.toStart;
    rows[row + TO_END] = places.toEnd;
    rows[row + FIRST_FLAG] = firstFlag;
    rows[row + FIRST_FIELD] = firstField;
    rows[row + WRITTEN_BITS] = this.pendingBits;
    rows[row + GIVEN] = this.pendingGiven;
    // The values given, each where its name's place says: GIVEN tells which are, and no other is read.
    const values = this.pendingValues;
    for (let name = 0, given = this.pendingGiven; given !== 0; name++, given >>>= 1) {
      if (given & 1) {
        rows[row + GIVEN_VALUES + name] = values[name]!;
      }
    }
    this.pendingBits = 0;
    this.pendingGiven = 0;
    // One row more than the segments: the row after the last gives where its flags and fields end.
    const next = this.segmentRows.chunkFor(segment + 1);
    const nextRow = this.segmentRows.offsetOf(segment + 1);
    next[nextRow + FIRST_FLAG] = this.flagCount;
    next[nextRow + FIRST_FIELD] = this.fieldCount;
    return segment;
  }

  startCharacter(segment: number): number {
    return this.segmentRows.get(segment, START);
  }

  endCharacter(segment: number): number {
    return this.segmentRows.get(segment, END);
  }

  fromStart(segment: number): number {
    return this.segmentRows.get(segment, FROM_START);
  }

  fromEnd(segment: number): number {
    return this.segmentRows.get(segment, FROM_END);
  }

  arrowStart(segment: number): number {
    return this.segmentRows.get(segment, ARROW_START);
  }

  arrowEnd(segment: number): number {
    return this.segmentRows.get(segment, ARROW_END);
  }

  toStart(segment: number): number {
    return this.segmentRows.get(segment, TO_START);
  }

  toEnd(segment: number): number {
    return this.segmentRows.get(segment, TO_END);
  }

  /**
   * A flag word: `flag` its flag's place in TCP_FLAGS when it is one, `meant` the place of the
   * flag it misspells when the replay takes it for one (-1 for none).
   */
  addFlag(text: string, flag: number, meant: number, startCharacter: number, endCharacter: number): void {
    if (flag === NONE || text !== TCP_FLAGS[flag]) {
      this.flagTexts.set(this.flagCount, text);
    }
    // A misspelt word counts as the flag it was meant to be.
    const code = flag !== NONE ? flag : meant;
    if (code !== NONE) {
      // A flag's bit is its place in TCP_FLAGS, as ControlBits counts them.
      this.pendingBits |= 1 << code;
    }
    const index = this.flagCount++;
    const rows = this.flagRows.chunkFor(index);
    const row = this.flagRows.offsetOf(index);
    rows[row + FLAG] = flag;
    rows[row + MEANT] = meant;
    rows[row + FLAG_START] = startCharacter;
    rows[row + FLAG_END] = endCharacter;
  }

  /**
   * `name=value`, `name` the name's place in FIELD_NAMES (-1 for a name that is none).
   * `valueStart` is -1 when no value was read; `value` is undefined for a value read but not
   * a number in range (reported by the parser).
   */
  addField(name: number, value: number | undefined, startCharacter: number, nameEndCharacter: number, valueStart: number, valueEnd: number, endCharacter: number): void {
    // Each name's first number counts: a repeat is reported by the parser.
    if (name !== NONE && value !== undefined && valueStart >= 0 && (this.pendingGiven & (1 << name)) === 0) {
      this.pendingGiven |= 1 << name;
      this.pendingValues[name] = value;
    }
    const index = this.fieldCount++;
    const rows = this.fieldRows.chunkFor(index);
    const row = this.fieldRows.offsetOf(index);
    rows[row + NAME] = name;
    rows[row + VALUE_STATE] = valueStart < 0 ? NO_VALUE : value === undefined ? UNREADABLE_VALUE : NUMBER_VALUE;
    // Values run to 2^32 - 1: kept as their 32 bits, read back unsigned.
    rows[row + VALUE] = value ?? 0;
    rows[row + FIELD_START] = startCharacter;
    rows[row + NAME_END] = nameEndCharacter;
    rows[row + VALUE_START] = valueStart;
    rows[row + VALUE_END] = valueEnd;
    rows[row + FIELD_END] = endCharacter;
  }

  /** The control bits of the segment's flags, each misspelt word counted as the flag it was meant to be. */
  writtenBitsOf(segment: number): number {
    return this.segmentRows.get(segment, WRITTEN_BITS);
  }

  flagTokens(segment: number, line: number): readonly FlagToken[] {
    const first = this.firstFlag(segment);
    const end = this.firstFlag(segment + 1);
    if (first === end) {
      return NO_FLAG_TOKENS;
    }
    const tokens: FlagToken[] = [];
    const rows = this.flagRows;
    for (let index = first; index < end; index++) {
      const flag = flagAt(rows.get(index, FLAG));
      const text = this.flagTexts.get(index) ?? flag!;
      tokens.push(new FlagNode(text, flag, flagAt(rows.get(index, MEANT)), line, rows.get(index, FLAG_START), rows.get(index, FLAG_END)));
    }
    return tokens;
  }

  fields(segment: number, line: number): readonly Field[] {
    const first = this.firstField(segment);
    const end = this.firstField(segment + 1);
    if (first === end) {
      return NO_FIELDS;
    }
    const fields: Field[] = [];
    const rows = this.fieldRows;
    for (let index = first; index < end; index++) {
      fields.push(new FieldNode(nameAt(rows.get(index, NAME)), this.valueNode(index, line), line, rows.get(index, FIELD_START), rows.get(index, NAME_END), rows.get(index, FIELD_END)));
    }
    return fields;
  }

  /** The value the segment gives field `name` (its place in FIELD_NAMES): its first that is a number in range. */
  givenValue(segment: number, name: number): number | undefined {
    return (this.segmentRows.get(segment, GIVEN) & (1 << name)) === 0 ? undefined : this.segmentRows.get(segment, GIVEN_VALUES + name) >>> 0;
  }

  /** Where the value of `givenValue` is written (the line's start for a field not given). */
  givenRange(segment: number, name: number, line: number): Range {
    const rows = this.fieldRows;
    for (let index = this.firstField(segment), end = this.firstField(segment + 1); index < end; index++) {
      if (rows.get(index, NAME) === name && rows.get(index, VALUE_STATE) === NUMBER_VALUE) {
        return this.valueRange(index, line);
      }
    }
    return range(line, 0, line, 0);
  }

  /** Where the value of a field row is written. */
  private valueRange(index: number, line: number): Range {
    return range(line, this.fieldRows.get(index, VALUE_START), line, this.fieldRows.get(index, VALUE_END));
  }

  private firstFlag(segment: number): number {
    return this.segmentRows.get(segment, FIRST_FLAG);
  }

  private firstField(segment: number): number {
    return this.segmentRows.get(segment, FIRST_FIELD);
  }

  /** Gives back the room made for rows that never came, once the script is read. */
  trim(): void {
    this.segmentRows.trim(this.segmentCount + 1);
    this.flagRows.trim(this.flagCount);
    this.fieldRows.trim(this.fieldCount);
  }

  private valueNode(index: number, line: number): NumberNode | undefined {
    const rows = this.fieldRows;
    const state = rows.get(index, VALUE_STATE);
    if (state === NO_VALUE) {
      return undefined;
    }
    return new NumberNode(state === NUMBER_VALUE ? rows.get(index, VALUE) >>> 0 : undefined, line, rows.get(index, VALUE_START), rows.get(index, VALUE_END));
  }
}

function flagAt(code: number): TcpFlag | undefined {
  return code === NONE ? undefined : TCP_FLAGS[code];
}

function nameAt(code: number): FieldName | undefined {
  return code === NONE ? undefined : FIELD_NAMES[code];
}
